# Interfaces with required and default methods; impls for structs and sum
# types; method syntax, plain-call syntax and interface-qualified calls.

interface Shape do
  fn area(self) -> Float
  fn name(self) -> String
  fn describe(self) -> String do
    "${self.name()} with area ${self.area()}"
  end
end

struct Square do
  side :: Float
end

type Blob do
  Round(Float)
  Flat
end

impl Shape for Square do
  fn area(self) -> Float = self.side * self.side
  fn name(self) -> String = "square"
end

impl Shape for Blob do
  fn area(self) -> Float do
    case self do
      Round(r) -> 3.0 * r * r
      Flat -> 0.0
    end
  end
  fn name(self) -> String = "blob"
  fn describe(self) -> String = "a blob, area ${self.area()}"
end

fn main() do
  let sq = Square { side: 1.5 }
  println(sq.describe())
  println(describe(Round(2.0)))
  println(Shape.describe(Flat))
  println("${sq.area() + Round(1.0).area()}")
end
