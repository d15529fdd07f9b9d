# Module constants: `let name = value` at the top level of a file (Gleam's const, Elixir's module
# attributes). Each use sees the value; locals shadow them; an unannotated one is polymorphic.
struct Point do
  x :: Int
  y :: Int
end deriving(Debug)

type Color do
  Red
  Rgb(Int, Int, Int)
end deriving(Debug)

let greeting = "hello"
let origin = Point { x: 0, y: 0 }
let palette = [Red, Rgb(1, 2, 3), Color.Red]
let limit = 10
let twice_limit = limit * 2
let lookup = %{"a" => 1, "b" => limit}
let neg = -limit
let r = 1..4
let area = Math.pi * 2.0
let shout = String.to_upper
let step = fn x -> x + limit end
let pair :: (Int, String) = (1, "one")
let empty = []
let banner = """
${greeting}, ${pair}
"""

fn clamp(n :: Int) -> Int when n > limit = limit
fn clamp(n) = n

fn main() do
  println("${inspect(origin)} ${origin.x} ${inspect(palette)}")
  println("${twice_limit} ${lookup} ${neg} ${r} ${area}")
  println("${[5, 50] |> List.map(clamp)} ${shout(greeting)}")
  println("${[1, 2, 3] |> List.map(fn n -> step(n) * limit end)}")
  let f = fn -> limit end
  println("${f()} ${pair}")
  println("${List.append(empty, 1)} ${List.append(empty, "a")}")
  let greeting = "shadowed"
  println(greeting)
  print(banner)
end
