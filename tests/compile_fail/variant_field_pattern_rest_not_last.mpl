# expect-error: E0200
# expect-text: expected '}' after '..' in this struct pattern
# `..` stands for the fields not listed, so it ends a variant's field pattern too.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

fn width(s :: Shape) -> Float do
  case s do
    Rect { .., w } -> w
    Circle { r } -> r
  end
end

fn main() do
  println("${width(Rect(w: 1.0, h: 2.0))}")
end
