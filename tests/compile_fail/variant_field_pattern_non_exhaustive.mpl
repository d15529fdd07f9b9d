# expect-error: E0012
# expect-text: Rect(_, _)
# expect-error: E0012
# expect-text: Circle(_)
# Exhaustiveness treats `Rect { w: 0.0, .. }` as `Rect(0.0, _)`: a Float field matched by a
# literal needs no catch-all, but a variant never matched is missing.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circle { r } -> r * r
  end
end

fn flat(s :: Shape) -> Bool do
  case s do
    Rect { h: 0.0, .. } -> true
    Rect { .. } -> false
  end
end

fn main() do
  println("${area(Rect(w: 1.0, h: 2.0))} ${flat(Circle(r: 1.0))}")
end
