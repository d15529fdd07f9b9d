# Trailing `name: value` arguments are collected into one Map<String, V>, passed as the last
# argument; with pipes, method calls and several positional arguments before them.

fn greet(opts :: Map<String, String>) -> String do
  "Hello, ${Map.get(opts, "name")}${Map.get_or(opts, "punct", "!")}"
end

fn describe(id :: Int, label :: String, opts :: Map<String, Int>) -> String do
  "${id} ${label} ${opts}"
end

fn apply(opts :: Map<String, Int>, f :: Fun(Int) -> Int) -> Int do
  f(Map.get(opts, "n"))
end

fn main() do
  println(greet(name: "Alice"))
  println(greet(name: "Bob", punct: "?"))
  println(describe(1, "box", width: 3, height: 4))
  println(2 |> describe("pipe", depth: 5))
  let shown = describe(
    3,
    "multi",
    x: 1,
    y: 2
  )
  println(shown)
  let m = Map.merge(%{"a" => 1}, b: 2, c: 3)
  println("${m}")
  # with a trailing closure too, the keyword map comes first and the closure last
  let r = apply(n: 20) do |x|
    x + 1
  end
  println("${r}")
end
