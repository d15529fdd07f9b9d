# Section C: a struct or sum type without deriving(Display) but with Debug (the
# default when there is no deriving clause) is interpolated with its Debug form:
# `Name { field: value }` (strings quoted), variants by name with their payload.
# An explicit deriving(Display) or impl Display is positional and unquoted.

struct Point do
  x :: Int
  y :: Int
end

struct Empty do
end

struct User do
  name :: String
  tags :: List<String>
  home :: Point
end

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Dot
end

struct Shown do
  label :: String
  at :: Point
end deriving(Display)

struct Custom do
  n :: Int
end

impl Debug for Custom do
  fn inspect(self) -> String do "<custom ${self.n}>" end
end

fn main() do
  let p = Point { x: 1, y: -2 }
  println("struct: ${p} empty: ${Empty {}}")
  println("nested: ${User { name: "ann", tags: ["a", "b"], home: p }}")
  println("sum: ${Circle(1.5)} ${Rect(2.0, 3.0)} ${Dot}")
  println("in collections: ${[p, p]} ${Some(Dot)} ${(1, Circle(0.5))}")
  println("to_string: ${p.to_string()} ${Dot.to_string()}")
  println("explicit Display: ${Shown { label: "here", at: p }}")
  println("own Debug: ${Custom { n: 7 }} ${[Custom { n: 1 }]}")
end
