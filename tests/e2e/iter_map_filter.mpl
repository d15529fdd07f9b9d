# Iter.map and Iter.filter are lazy: nothing runs until a terminal asks for items.

fn main() do
  let words = ["apple", "kiwi", "banana", "fig", "cherry"]
  let long = Iter.from(words) |> Iter.filter(fn w -> String.length(w) > 3 end) |> List.collect()
  println("${long}")

  let lengths = Iter.from(words) |> Iter.map(fn w -> String.length(w) end) |> List.collect()
  println("${lengths}")

  # map then filter then map: the types change along the way
  let tagged = Iter.from([1, 2, 3, 4, 5, 6])
    |> Iter.map(fn n -> n * n end)
    |> Iter.filter(fn sq -> sq % 2 == 0 end)
    |> Iter.map(fn sq -> "sq=${sq}" end)
    |> List.collect()
  println("${tagged}")

  # a filter that rejects everything, and an empty source
  println("${Iter.from([1, 3, 5]) |> Iter.filter(fn n -> n % 2 == 0 end) |> List.collect()}")
  println("${Iter.from([]) |> Iter.map(fn n -> n + 1 end) |> Iter.count()}")

  # laziness: a filter over an infinite source still ends when take stops asking
  let firsts = Iter.count_from(1) |> Iter.filter(fn n -> n % 7 == 0 end) |> Iter.take(4) |> List.collect()
  println("${firsts}")
end
