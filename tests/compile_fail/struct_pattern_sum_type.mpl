# expect-error: E0001
# expect-text: `Shape` is a sum type, not a struct
# expect-text: match one of its variants, e.g. `Rect { w, .. }`
# A sum type has no fields of its own: its variants are matched (by name when they have named fields).

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
