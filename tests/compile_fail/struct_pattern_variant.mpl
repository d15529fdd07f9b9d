# expect-error: E0001
# expect-text: `Rect` is a variant of `Shape`, not a struct
# expect-text: variants are matched by position: `Rect(w, h)`
# expect-error: E0001
# expect-text: `Shape` is a sum type, not a struct
# Sum types and their variants are matched by position, not with struct patterns.

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
end

fn width(s :: Shape) -> Float do
  case s do
    Rect { w, .. } -> w
    Shape { .. } -> 0.0
  end
end

fn main() do
  println("${width(Rect(1.0, 2.0))}")
end
