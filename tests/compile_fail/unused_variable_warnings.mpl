# expect-error: E0001
# expect-text: warning[W0003]: variable `scale` is never used
# expect-text: if it is unused on purpose, name it `_scale` (or `_`)
# expect-text: warning[W0003]: variable `h` is never used
# expect-text: if the field is not needed, write `h: _` or leave it to `..`
# Unused parameters, lets and pattern bindings are warnings (W0003), printed with the errors of
# other functions; the function with the error gets none (its names may be misspelt uses).

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn width(s :: Shape, scale :: Float) -> Float do
  case s do
    Rect { w, h } -> w
    Circle(_r) -> 0.0
  end
end

fn main() do
  let unused = 1
  let n :: Int = "not a number"
  println("${width(Rect(w: 1.0, h: 2.0), 2.0)}")
end
