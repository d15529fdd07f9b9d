# Map.filter/map_values/update/reduce/take/drop and Set.filter/map/is_subset/is_disjoint; results
# keep insertion order, the originals never change.

fn main() do
  let stock = %{"apple" => 3, "kiwi" => 0, "fig" => 12, "pear" => 5}
  println("${Map.filter(stock, fn _, n -> n > 0 end)}")
  println("${stock.filter(fn name, _ -> String.starts_with(name, "p") end)}")
  println("${Map.map_values(stock, fn name, n -> "${name}:${n * 2}" end)}")
  println("${Map.update(stock, "kiwi", 1, fn n -> n + 10 end)}")
  println("${Map.update(stock, "plum", 1, fn n -> n + 10 end)}")
  println("${Map.reduce(stock, 0, fn total, _, n -> total + n end)}")
  println("${Map.reduce(stock, "", fn acc, name, _ -> "${acc}${String.take(name, 1)}" end)}")
  println("${Map.take(stock, ["fig", "nope", "apple"])}")
  println("${Map.drop(stock, ["fig", "nope", "apple"])}")
  println("${stock}")
  let empty = Map.new()
  println("${Map.size(Map.filter(empty, fn _, _ -> true end))} ${Map.reduce(Map.put(empty, 1, 2), 0, fn a, k, v -> a + k + v end)}")
  let counts = List.reduce(String.words("to be or not to be"), %{}, fn acc, w -> Map.update(acc, w, 1, fn n -> n + 1 end) end)
  println("${counts}")

  let small = Set.from_list([1, 2, 3])
  let big = Set.from_list([1, 2, 3, 4, 5])
  println("${Set.filter(big, Int.is_odd)} ${big.filter(fn n -> n > 10 end)}")
  println("${Set.map(big, fn n -> n % 3 end)} ${Set.map(small, fn n -> "#${n}" end)}")
  println("${Set.is_subset(small, big)} ${Set.is_subset(big, small)} ${Set.is_subset(Set.new(), small)} ${small.is_subset(small)}")
  println("${Set.is_disjoint(small, Set.from_list([7, 8]))} ${Set.is_disjoint(small, big)} ${Set.is_disjoint(Set.new(), Set.new())}")
  println("${Set.union(small, Set.from_list([9]))} ${Set.intersection(small, big)} ${Set.difference(big, small)}")
end
