# Structs and sum types declared in another module: imported by name with
# `from ... import`, constructed, matched, updated and compared here.
import Shapes
from Shapes import Size, Shape, grow

fn label(s :: Shape) -> String do
  case s do
    Square(n) -> "square of ${n}"
    Box(size) -> "box ${size.w}x${size.h}"
    Nothing -> "nothing"
  end
end

fn main() do
  let small = Size { w: 2, h: 3 }
  let big = grow(small, 10)
  let shapes = (Square(4), Box(big), Shape.Nothing)
  let (a, b, c) = shapes
  println("${label(a)}: ${Shapes.area(a)}")
  println("${label(b)}: ${Shapes.area(b)}")
  println("${label(c)}: ${Shapes.area(c)}")
  println("shapes: ${shapes}")
  println("small < big: ${small < big}, equal boxes: ${Box(big) == Box(Size { w: 12, h: 13 })}")
  println("flattened: ${%{big | h: 1}}")
end
