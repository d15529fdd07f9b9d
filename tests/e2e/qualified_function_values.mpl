# A module's function is a value like any other: `String.length`, `Math.abs`, `List.sum` can be
# passed, stored and piped into, without wrapping them in a closure.
fn apply_all(fs :: List<Fun(Int) -> Int>, x :: Int) -> List<Int> do
  List.map(fs, fn f -> f(x) end)
end

fn main() do
  let words = ["pear", "fig", "banana"]
  println("${List.map(words, String.length)}")
  println("${words |> List.map(String.to_upper) |> String.join(",")}")
  println("${List.map([-3, 4, -5], Math.abs)} ${List.map([-1.5], Math.abs)}")
  println("${List.map([[1, 2], [3]], List.sum)} ${[[4, 9], [7]] |> List.map(List.max)}")
  let measure = String.length
  println("${measure("hello")}")
  println("${apply_all([Math.abs, fn x -> x * 2 end], -21)}")
  let heads = List.map([[1, 2], [3]], List.head)
  println("${heads}")
  println("${List.map([[]], List.head)}")
end
