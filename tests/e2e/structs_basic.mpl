# Struct literals, field access (including chains through nested structs),
# derived Display, and equality on nested structs.

struct Address do
  street :: String
  number :: Int
end deriving(Eq, Display)

struct Person do
  name :: String
  age :: Int
  home :: Address
end deriving(Eq, Display)

struct Empty do
end deriving(Display)

fn describe(p :: Person) -> String do
  "${p.name} (${p.age}) lives at ${p.home.number} ${p.home.street}"
end

fn older(p :: Person, years :: Int) -> Int do
  p.age + years
end

fn main() do
  let home = Address { street: "Elm Street", number: 13 }
  let ada = Person { name: "Ada", age: 36, home: home }
  println(describe(ada))
  println("in ten years: ${older(ada, 10)}")
  println("display: ${ada}")
  println("address only: ${ada.home}")
  # Fields may be given in any order, and on separate lines.
  let twin = Person {
    home: Address { number: 13, street: "Elm Street" }
    age: 36
    name: "Ada"
  }
  println("equal: ${ada == twin}")
  println("not equal: ${ada != twin}")
  let other = Person { name: "Bob", age: 36, home: home }
  println("ada == bob: ${ada == other}")
  println("same home: ${ada.home == other.home}")
  println("empty: ${Empty {}}")
  let f = Point3 { x: 1.5, y: -2.0, z: 0.25 }
  println("sum: ${f.x + f.y + f.z}")
end

struct Point3 do
  x :: Float
  y :: Float
  z :: Float
end
