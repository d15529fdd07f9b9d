# expect-error: E0009
# expect-text: `Point` has no field `z`
# expect-text: did you mean `x`?
# A struct pattern may only name the struct's fields; the closest name is suggested.

struct Point do
  x :: Int
  y :: Int
end

fn on_axis(p :: Point) -> Bool do
  case p do
    Point { z: 0, .. } -> true
    _ -> false
  end
end

fn main() do
  println("${on_axis(Point { x: 0, y: 1 })}")
end
