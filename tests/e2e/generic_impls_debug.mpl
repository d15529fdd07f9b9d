# An impl for every instance of a generic type, with a `where` bound on the
# element; built-in traits as methods (to_string, inspect, compare) and the
# Debug format of structs, sum types, strings and lists.

struct Box<T> do
  value :: T
end deriving()

impl Display for Box<T> where T: Display do
  fn to_string(self) -> String = "Box[${self.value}]"
end

struct Point do
  x :: Int
  y :: Int
end

type Shape do
  Circle(Float)
  Dot
end

fn main() do
  println("${Box { value: 5 }}")
  println(Box { value: "hi" }.to_string())
  println("${Box { value: Box { value: 1.5 } }}")
  println(Point { x: 1, y: -2 }.inspect())
  println(Circle(2.5).inspect())
  println(Dot.inspect())
  println(["a", "b"].inspect())
  println("text".inspect())
  case compare("apple", "banana") do
    Less -> println("apple first")
    _ -> println("wrong")
  end
  case Point { x: 1, y: 2 }.compare(Point { x: 1, y: 1 }) do
    Greater -> println("greater")
    _ -> println("wrong")
  end
  println("${Int.default()} ${String.default() == ""} ${Bool.default()}")
  let p = Point { x: 3, y: 4 }
  println("${p.hash() == Point { x: 3, y: 4 }.hash()} ${"abc".hash() == "abc".hash()} ${hash(7) == hash(8)}")
end
