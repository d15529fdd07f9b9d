# expect-error: E0001
# expect-text: found Fun(Float, Float) -> Shape
# A constructor used as a value takes exactly its fields: Rect needs two, List.map gives one.
type Shape do
  Circle(Float)
  Rect(Float, Float)
end

fn main() do
  let shapes = List.map([1.0, 2.0], Rect)
  println("${List.length(shapes)}")
end
