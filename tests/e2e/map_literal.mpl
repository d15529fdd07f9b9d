# Map literals: Display in insertion order, keys of any type with equality (Int, String,
# Bool, Float, tuples, lists, structs, sum types, maps), duplicate keys (the last value wins).

struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display)

type Color do
  Red
  Rgb(Int, Int, Int)
end deriving(Eq, Display)

fn main() do
  let m = %{"name" => "Alice", "age" => "30"}
  println("${m} ${Map.get(m, "name")} ${Map.size(m)}")
  println("${%{1 => 10, 2 => 20, 3 => 30}}")
  println("${%{}} ${Map.size(%{})}")
  println("${%{1 => "a", 2 => "b", 1 => "c"}}")
  let multi = %{
    true => "yes",
    false => "no"
  }
  println("${multi} ${Map.get(multi, 1 > 0)}")
  let floats = %{0.0 => "zero", 2.5 => "two and a half"}
  println("${Map.get(floats, -0.0)} ${Map.get(floats, 5.0 / 2.0)}")
  let tuples = %{(1, "a") => 1, (2, "b") => 2}
  println("${tuples} ${Map.get(tuples, (2, "b"))}")
  let points = %{Point { x: 1, y: 2 } => "p", Point { x: 3, y: 4 } => "q"}
  println("${points} ${Map.get(points, Point { x: 3, y: 4 })}")
  let colors = %{Red => "red", Rgb(0, 128, 255) => "sky"}
  println("${colors} ${Map.get(colors, Rgb(0, 128, 255))} ${Map.has_key(colors, Rgb(0, 0, 0))}")
  let lists = %{[1, 2] => "pair", [] => "none"}
  println("${Map.get(lists, [1, 2])} ${Map.get(lists, [])}")
  let nested = %{%{1 => 2} => "map key", %{} => "empty map key"}
  println("${nested} ${Map.get(nested, Map.put(Map.new(), 1, 2))}")
  let big = %{1 => %{"x" => [1, 2]}, 2 => %{}}
  println("${big}")
end
