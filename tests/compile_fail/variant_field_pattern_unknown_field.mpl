# expect-error: E0009
# expect-text: `Rect` has no field `width`
# expect-text: its fields are w, h
# A named-field variant pattern names the fields the variant declares.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn width(s :: Shape) -> Float do
  case s do
    Rect { width, .. } -> width
    Circle { r } -> 2.0 * r
  end
end

fn main() do
  println("${width(Rect(w: 1.0, h: 2.0))}")
end
