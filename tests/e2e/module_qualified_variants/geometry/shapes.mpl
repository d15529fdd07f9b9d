# A sum type exported by a nested module; main names its variants through the module (Gleam style).
pub type Shape do
  Empty
  Circle(Float)
  Rect(Float, Float)
end

pub fn area(s :: Shape) -> Float do
  case s do
    Empty -> 0.0
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
  end
end

pub fn scale(s :: Shape, k :: Float) -> Shape do
  case s do
    Empty -> Empty
    Circle(r) -> Circle(r * k)
    Rect(w, h) -> Rect(w * k, h * k)
  end
end
