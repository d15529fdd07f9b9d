# Sum types with positional, named and nullary variants; constructing them
# bare and qualified; matching on them; derived Display.

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Square(Float)
  Dot
end deriving(Eq, Display)

type Color do
  Red
  Green
  Blue
end deriving(Eq, Display)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Square(side) -> side * side
    Dot -> 0.0
  end
end

fn corners(s :: Shape) -> Int do
  case s do
    Rect(_, _) -> 4
    Square(_) -> 4
    _ -> 0
  end
end

fn name(c :: Color) -> String do
  case c do
    Red -> "red"
    Green -> "green"
    Blue -> "blue"
  end
end

fn show(s :: Shape) do
  println("${s}: area ${area(s)}, ${corners(s)} corners")
end

fn main() do
  show(Circle(1.5))
  show(Rect(2.0, 3.5))
  show(Shape.Square(4.0))
  show(Dot)
  show(Shape.Dot)
  let total = area(Circle(1.0)) + area(Rect(1.0, 2.0)) + area(Shape.Rect(0.5, 0.5))
  println("total area: ${total}")
  println("colors: ${name(Red)} ${name(Color.Green)} ${name(Blue)}")
  println("display: ${Red} ${Color.Blue}")
  println("eq: ${Circle(1.0) == Circle(1.0)} ${Circle(1.0) == Circle(2.0)} ${Dot == Dot} ${Rect(1.0, 2.0) == Square(1.0)}")
  println("ne: ${Red != Green} ${Blue != Blue}")
end
