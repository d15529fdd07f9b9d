# expect-error: E0003
# expect-text: `Rect` takes 2 values
# A variant constructor called with the wrong number of arguments.

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> r * r
    Rect(w, h) -> w * h
  end
end

fn main() do
  println("${area(Rect(1.0))}")
end
