# expect-error: E0006
# expect-text: not defined for Point
# A struct with neither Display nor Debug cannot be interpolated (without a
# deriving clause it would get Debug, and be shown by it).

struct Point do
  x :: Int
  y :: Int
end deriving(Eq)

fn main() do
  let p = Point { x: 1, y: 2 }
  println("point: ${p}")
end
