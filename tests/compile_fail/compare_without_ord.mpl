# expect-error: E0006
# expect-text: `<` is not defined for Point
# A struct that derives only Eq cannot be ordered.

struct Point do
  x :: Int
  y :: Int
end deriving(Eq)

fn main() do
  let a = Point { x: 1, y: 2 }
  let b = Point { x: 2, y: 1 }
  println("${a == b}")
  println("${a < b}")
end
