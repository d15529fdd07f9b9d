# expect-error: E0009
# expect-text: `Rect` has no field `width`
# expect-error: E0009
# expect-text: field `w` of `Rect` is given twice
# expect-error: E0009
# expect-text: `Rect` is built without field `h`
# A variant with named fields is built with its field names, each given once.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn main() do
  let a = Rect(width: 1.0, h: 2.0)
  let b = Rect(1.0, w: 2.0)
  let c = Rect(w: 1.0)
  println("${a} ${b} ${c}")
end
