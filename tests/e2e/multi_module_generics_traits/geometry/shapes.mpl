# Shapes with an area interface, shared across modules.
pub interface HasArea do
  fn area(self) -> Float
  fn describe(self) -> String do
    "shape with area ${Float.to_precision(self.area(), 2)}"
  end
end

pub type Shape do
  Circle(radius :: Float)
  Rect(w :: Float, h :: Float)
  Triangle(Float, Float, Float)
end deriving(Eq, Display)

impl HasArea for Shape do
  fn area(self) -> Float do
    case self do
      Circle(r) -> Math.pi * r * r
      Rect(w, h) -> w * h
      Triangle(a, b, c) -> heron(a, b, c)
    end
  end
end

fn heron(a :: Float, b :: Float, c :: Float) -> Float do
  let s = (a + b + c) / 2.0
  Math.sqrt(s * (s - a) * (s - b) * (s - c))
end

pub fn largest(shapes :: List<Shape>) -> Option<Shape> do
  List.sort_by(shapes, fn s -> -s.area() end) |> List.first()
end
