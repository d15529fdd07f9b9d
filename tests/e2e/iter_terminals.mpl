# The terminals: count, sum, reduce, any, all, find, each.

fn main() do
  let xs = [3, 1, 4, 1, 5, 9, 2, 6]
  println("count ${Iter.from(xs) |> Iter.count()}")
  println("sum ${Iter.from(xs) |> Iter.sum()}")
  println("product ${Iter.from(xs) |> Iter.reduce(1, fn acc, x -> acc * x end)}")
  println("joined ${Iter.from(xs) |> Iter.reduce("", fn acc, x -> acc <> "${x}" end)}")
  println("any > 8: ${Iter.from(xs) |> Iter.any(fn x -> x > 8 end)}")
  println("any > 9: ${Iter.from(xs) |> Iter.any(fn x -> x > 9 end)}")
  println("all > 0: ${Iter.from(xs) |> Iter.all(fn x -> x > 0 end)}")
  println("all odd: ${Iter.from(xs) |> Iter.all(fn x -> x % 2 == 1 end)}")

  case Iter.from(xs) |> Iter.find(fn x -> x > 4 end) do
    Some(x) -> println("first > 4: ${x}")
    None -> println("none > 4")
  end
  case Iter.from(xs) |> Iter.find(fn x -> x > 40 end) do
    Some(x) -> println("first > 40: ${x}")
    None -> println("none > 40")
  end

  # any/all/find stop at the answer: they work on an infinite source
  println("${Iter.count_from(1) |> Iter.any(fn n -> n * n > 50 end)}")
  println("${Iter.count_from(1) |> Iter.find(fn n -> n * n > 50 end)}")
  println("${Iter.count_from(1) |> Iter.all(fn n -> n < 10 end)}")

  # the empty cases
  let none = Iter.from([])
  println("${Iter.count(none)} ${Iter.sum(none)} ${Iter.any(none, fn n -> n > 0 end)} ${Iter.all(none, fn n -> n > 0 end)}")

  Iter.from(["x", "y"]) |> Iter.each(fn s -> println("each ${s}") end)
end
