# An interface method named through a type or an interface, without a call, is a function value:
# `Result.then(text, Point.from_json)`, `List.map(ns, Cents.from)`, `Describe.describe`. Self is
# the named type (for an interface, the type it is used at). Before, this was "not supported".
struct Point do
  x :: Int
  y :: Int
end deriving(Json, Eq, Debug)

struct Cents do
  amount :: Int
end deriving(Debug)

impl From<Int> for Cents do
  fn from(n :: Int) -> Cents = Cents { amount: n * 100 }
end

impl Default for Point do
  fn default() -> Point = Point { x: 0, y: 0 }
end

interface Describe do
  fn describe(self) -> String
end

impl Describe for Point do
  fn describe(self) -> String = "(${self.x}, ${self.y})"
end

impl Describe for Int do
  fn describe(self) -> String = "#${self}"
end

fn apply0(make :: Fun() -> Point) -> Point = make()

fn main() do
  let decode = Point.from_json
  println("${Ok("{\"x\":1,\"y\":2}") |> Result.then(Point.from_json)}")
  println("${["{\"x\":3,\"y\":4}", "{\"x\":5}"] |> List.map(decode)}")
  println("${List.map([1, 2], Cents.from)}")
  println("${apply0(Point.default)}")
  println("${List.map([Point { x: 7, y: 8 }], Describe.describe)} ${List.map([9], Describe.describe)}")
  println("${List.map([Point { x: 1, y: 1 }], Point.describe)}")
  println("${List.map([1, 2], Float.from)} ${List.map([true], String.from)}")
end
