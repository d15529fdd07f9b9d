# expect-error: E0009
# expect-text: field `x` is matched twice in this `Point` pattern
# expect-text: first listed here
# A field can be matched once per struct pattern.

struct Point do
  x :: Int
  y :: Int
end

fn small(p :: Point) -> Bool do
  case p do
    Point { x: 0, x: 1, .. } -> true
    _ -> false
  end
end

fn main() do
  println("${small(Point { x: 0, y: 1 })}")
end
