# Variants of another module's pub sum type, qualified by the module (`Shapes.Circle`) as in Gleam,
# in calls, as nullary values and in patterns.
import Geometry.Shapes
from Geometry.Shapes import area

fn describe(s :: Shapes.Shape) -> String do
  case s do
    Shapes.Circle(r) -> "circle ${r}"
    Shapes.Rect(w, h) -> "rect ${w}x${h}"
    Shapes.Empty -> "empty"
  end
end

fn main() do
  let shapes = [Shapes.Circle(1.0), Shapes.Rect(2.0, 3.0), Shapes.Empty]
  let bigger = List.map(shapes, fn s -> Shapes.scale(s, 2.0) end)
  println("${List.map(bigger, area)}")
  println("${shapes |> List.map(Shapes.area) |> List.sum_float()}")
  println(String.join(List.map(bigger, describe), ", "))
end
