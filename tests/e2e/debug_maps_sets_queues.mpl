# inspect (Debug) works on maps, sets, queues and ranges (upstream: Display only), so a struct with
# such a field has its default Debug and can be interpolated. Items are shown by their Debug:
# strings quoted, as Elixir's inspect(%{"a" => 1}).
struct Inventory do
  name :: String
  items :: Map<String, Int>
  tags :: Set<String>
  pending :: Queue<Int>
  span :: Range
end

fn main() do
  let nested = %{"a" => [Some(1), None], "b" => []}
  println("${nested} ${inspect(nested)}")
  let s = Set.from_list(["x", "y"])
  println("${s} ${inspect(s)} ${inspect(Set.from_list([1, 2]))} ${inspect(%{1 => "one"})}")
  let inv = Inventory { name: "main", items: %{"bolt" => 3}, tags: Set.from_list(["new"]), pending: Queue.from_list([1]), span: 1..3 }
  println("${inv}")
  println(inspect([inv]))
  println("${inspect(Queue.from_list(["q"]))} ${inspect(2..5)} ${inspect(%{})}")
  println("${inv == inv}")
end
