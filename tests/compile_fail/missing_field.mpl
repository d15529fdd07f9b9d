# expect-error: E0009
# expect-text: missing field `y`
# A struct literal that leaves out a field.

struct Point do
  x :: Int
  y :: Int
end deriving(Display)

fn main() do
  let p = Point { x: 1 }
  println("${p}")
end
