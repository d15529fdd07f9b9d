# Collectors turn an iterator into a collection: List, Map (from pairs), Set, String.

fn main() do
  let squares = Iter.from([1, 2, 3]) |> Iter.map(fn n -> n * n end) |> List.collect()
  println("${squares} ${List.length(squares)}")

  let by_index = Iter.from(["zero", "one", "two"]) |> Iter.enumerate() |> Map.collect()
  println("${by_index}")
  println("${Map.get(by_index, 1)}")

  let names = ["ann", "bob"]
  let ages = [31, 42]
  let age_of = Iter.from(names) |> Iter.zip(Iter.from(ages)) |> Map.collect()
  println("${age_of} ${Map.size(age_of)}")

  # later pairs win, as with Map.put
  println("${Iter.from([("a", 1), ("b", 2), ("a", 3)]) |> Map.collect()}")

  let unique = Iter.from([3, 1, 3, 2, 1]) |> Set.collect()
  println("${unique} ${Set.size(unique)}")

  let word = Iter.from(["m", "e", "s", "h"]) |> String.collect()
  println(word)
  let shout = Iter.from(["a", "b"]) |> Iter.map(fn s -> String.to_upper(s) end) |> String.collect()
  println(shout)

  # a collected list is an ordinary list; a big one grows past its first room many times
  let big = Iter.count_from(0) |> Iter.take(100000) |> List.collect()
  println("${List.length(big)} ${List.get(big, 99999)} ${List.reduce(big, 0, fn acc, n -> acc + n end)}")
end
