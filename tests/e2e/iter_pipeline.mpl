# Multi-stage pipelines, closures capturing locals, one Iter consumed twice (an Iter is a
# recipe, so each terminal runs it from the start), and long pipelines in constant stack.

fn evens_above(xs :: List<Int>, floor :: Int) -> Iter<Int> do
  Iter.from(xs) |> Iter.filter(fn x -> x % 2 == 0 end) |> Iter.filter(fn x -> x > floor end)
end

fn main() do
  let list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  println("${Iter.from(list) |> Iter.map(fn x -> x * 2 end) |> Iter.filter(fn x -> x > 10 end) |> Iter.take(3) |> Iter.count()}")
  println("${Iter.from(list) |> Iter.filter(fn x -> x > 5 end) |> Iter.map(fn x -> x * 10 end) |> Iter.sum()}")

  let threshold = 3
  let above = Iter.from(list) |> Iter.filter(fn x -> x > threshold end)
  println("${Iter.count(above)} ${Iter.sum(above)} ${List.collect(above)}")

  let picked = evens_above(list, 4)
  println("${List.collect(picked)}")

  # a million items through map/filter/sum and through a for loop: no stack growth
  let n = 1000000
  let total = Iter.count_from(1) |> Iter.take(n) |> Iter.map(fn x -> x * 3 end) |> Iter.filter(fn x -> x % 2 == 0 end) |> Iter.sum()
  println("${total}")
  let collected = for x in Iter.count_from(0) |> Iter.take(n) when x % 250000 == 0 do
    x
  end
  println("${collected}")
  # a filter that skips a long run before its first match
  println("${Iter.count_from(1) |> Iter.filter(fn x -> x > 2000000 end) |> Iter.take(1) |> List.collect()}")
end
