# take stops early (short-circuits) and skip drops a prefix; both accept counts past the end.

fn main() do
  let xs = [10, 20, 30, 40, 50]
  println("${Iter.from(xs) |> Iter.take(2) |> List.collect()}")
  println("${Iter.from(xs) |> Iter.skip(2) |> List.collect()}")
  println("${Iter.from(xs) |> Iter.skip(1) |> Iter.take(3) |> List.collect()}")
  println("${Iter.from(xs) |> Iter.take(99) |> Iter.count()}")
  println("${Iter.from(xs) |> Iter.skip(99) |> Iter.count()}")
  println("${Iter.from(xs) |> Iter.take(0) |> List.collect()}")
  println("${Iter.from(xs) |> Iter.take(-3) |> Iter.count()}")

  # take only pulls what it returns: the map below runs for 3 items of an infinite source
  let pulled = Iter.count_from(1) |> Iter.map(fn n -> n * 100 end) |> Iter.take(3) |> Iter.sum()
  println("${pulled}")

  # windows of a long range-like source
  let window = Iter.count_from(0) |> Iter.skip(1000) |> Iter.take(5) |> List.collect()
  println("${window}")
end
