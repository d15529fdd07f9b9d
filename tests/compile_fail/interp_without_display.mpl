# expect-error: E0006
# expect-text: not defined for Point
# A struct without deriving(Display) cannot be interpolated.

struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  println("point: ${p}")
end
