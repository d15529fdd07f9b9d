# Named-field variant patterns and construction through the module that exports the type
# (`Shapes.Rect { w, .. }`, `Shapes.Rect(h: 1.0, w: 3.0)`).
import Geometry.Shapes

fn describe(s :: Shapes.Shape) -> String do
  case s do
    Shapes.Circle { r } -> "circle ${r}"
    Shapes.Rect { w, .. } -> "rect ${w} wide"
    Shapes.Empty -> "empty"
  end
end

fn main() do
  println(describe(Shapes.Rect(h: 1.0, w: 3.0)))
  println(describe(Shapes.Circle(r: 2.0)))
  println(describe(Shapes.Empty))
end
