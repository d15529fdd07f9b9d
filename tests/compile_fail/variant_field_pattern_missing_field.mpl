# expect-error: E0009
# expect-text: this `Rect` pattern does not mention field `h`
# expect-text: end the pattern with `..` to ignore the other fields: `Rect { w, .. }`
# Without `..`, every field of the variant is listed (a field added later is not silently skipped).

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn width(s :: Shape) -> Float do
  case s do
    Rect { w } -> w
    Circle { r } -> 2.0 * r
  end
end

fn main() do
  println("${width(Rect(w: 1.0, h: 2.0))}")
end
