# Display and Debug forms of every kind of value (reference section C): floats without exponents,
# derived Display positional, Debug with field names, collections in insertion order.
struct Empty do
end deriving(Display, Debug)

struct Box do
  label :: String
  n :: Int
end deriving(Display)

struct Plain do
  label :: String
  f :: Float
end

type Shape do
  Circle(Float)
  Dot
end

type Named do
  Rect(w :: Float, h :: Float)
end deriving(Display)

fn main() do
  println("${1.0e21} ${1.0e-7} ${0.1 + 0.2} ${-0.0} ${100.0} ${1.5e300 * 1.0e10} ${0.0 / 0.0} ${-1.0 / 0.0}")
  println("${123456789.125} ${2.5e-5} ${Math.sqrt(2.0)} ${3.0 * 4.0}")
  println("${Empty {}} ${inspect(Empty {})}")
  println("${Box { label: "hi", n: 2 }} ${[Box { label: "a", n: 1 }]}")
  println("${Plain { label: "p", f: 1.0 }} ${inspect(Plain { label: "p", f: 1.5 })}")
  println("${Circle(2.0)} ${Dot} ${inspect(Circle(1.0))} ${[Dot, Circle(3.5)]}")
  println("${Rect(1.0, 2.0)}")
  println("${Set.from_list([3, 1, 3, 2])} ${Map.from_list([("b", 1), ("a", 2)])} ${%{}} ${Set.new()}")
  println("${["a", "b"]} ${inspect(["a", "b"])} ${[[1], []]} ${(1, "x", true)} ${Some("s")} ${Ok(1)} ${Err("bad")}")
  println("${:atom} ${inspect(:atom)}")
  println("${9223372036854775807 + 1} ${-7 / 2} ${-7 % 2} ${7 % -2}")
  println("${Float.to_int(3.99)} ${Math.round(2.5)} ${Math.round(-2.5)} ${Math.floor(-1.5)}")
end
