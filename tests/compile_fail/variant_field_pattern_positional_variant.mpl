# expect-error: E0009
# expect-text: variant `Circle` of `Shape` has positional fields, not named ones
# expect-text: match its fields by position: `Circle(_)`
# Field names only match a variant declared with named fields; `Circle { .. }` still works.

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Dot
end

fn size(s :: Shape) -> Float do
  case s do
    Circle { r } -> r
    Rect { w, .. } -> w
    Dot { .. } -> 0.0
  end
end

fn main() do
  println("${size(Circle(1.0))}")
end
