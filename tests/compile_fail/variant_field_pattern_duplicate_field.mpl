# expect-error: E0009
# expect-text: field `w` is matched twice in this `Rect` pattern
# expect-text: first listed here
# Each field of a named-field variant pattern is matched once.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn width(s :: Shape) -> Float do
  case s do
    Shape.Rect { w: 0.0, w, .. } -> w
    _ -> 1.0
  end
end

fn main() do
  println("${width(Rect(w: 1.0, h: 2.0))}")
end
