# List.zip, List.enumerate, List.flatten and List.flat_map: pairs are ordinary
# tuples (matched, destructured, printed), lengths follow the shorter list.

struct City do
  name :: String
  zips :: List<Int>
end

fn main() do
  let names = ["ann", "bob", "cy"]
  let ages = [31, 42]
  let pairs = List.zip(names, ages)
  println("zip: ${pairs} (length ${List.length(pairs)})")
  println("zip empty: ${List.zip([], [1, 2])} ${List.zip([1, 2], List.new())}")
  for (name, age) in pairs do
    println("  ${name} is ${age}")
  end
  let swapped = List.zip(ages, names) |> List.map(fn pair -> "${Tuple.second(pair)}=${Tuple.first(pair)}" end)
  println("swapped: ${swapped}")

  let indexed = List.enumerate(["x", "y", "z"])
  println("enumerate: ${indexed}")
  let (i, last) = List.last(indexed)
  println("last pair: ${i} ${last}")
  println("enumerate empty: ${List.enumerate([])}")
  println("method form: ${[true, false].enumerate()}")

  println("flatten: ${List.flatten([[1, 2], [], [3], [4, 5, 6]])}")
  println("flatten empty: ${List.flatten([[], []])} ${List.flatten([])}")
  let nested = [[[1], [2]], [[3]]]
  println("flatten once: ${List.flatten(nested)}")

  let cities = [City { name: "a", zips: [10, 11] }, City { name: "b", zips: [] }, City { name: "c", zips: [30] }]
  let all_zips = List.flat_map(cities, fn c -> c.zips end)
  println("flat_map: ${all_zips}")
  println("flat_map dup: ${[1, 2, 3] |> List.flat_map(fn x -> List.take([x, x, x], x) end)}")
  println("flat_map empty: ${List.flat_map([1, 2], fn _ -> [] end) |> List.length()}")
  println("flat_map strings: ${List.flat_map(["a b", "c"], fn s -> String.split(s, " ") end)}")
end
