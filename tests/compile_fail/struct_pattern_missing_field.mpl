# expect-error: E0009
# expect-text: this `Point` pattern does not mention field `y`
# expect-text: end the pattern with `..` to ignore the other fields: `Point { x: 0, .. }`
# A struct pattern lists every field unless it ends with `..`: leaving one out by accident
# would otherwise go unnoticed when the struct gains a field.

struct Point do
  x :: Int
  y :: Int
end

fn on_y_axis(p :: Point) -> Bool do
  case p do
    Point { x: 0 } -> true
    _ -> false
  end
end

fn main() do
  println("${on_y_axis(Point { x: 0, y: 1 })}")
end
