# A function of a nested module is a value under its full path (`Shapes.Geometry.Vector.scale`),
# as a call under that path is: passed to List.map, piped, bound by a let, generic ones at
# several types.
import Shapes
import Shapes.Geometry

fn main() do
  println("${List.map([1, 2], Shapes.Geometry.Vector.scale)}")
  println("${List.map([1, 2], Geometry.Vector.scale)}")
  println("${List.map([1, 2], Shapes.Geometry.area)}")
  let add = Geometry.Vector.add
  println("${add(1, 2)}")
  println("${[1, 2] |> List.map(Shapes.Geometry.Vector.scale)}")
  println("${List.reduce([1, 2, 3], 0, Geometry.Vector.add)}")
  println("${List.map([1], Geometry.Vector.tag)} ${List.map(["a"], Geometry.Vector.tag)}")
  println("${Geometry.scaled_areas([1, 2])} ${Shapes.codes([1])}")
end
