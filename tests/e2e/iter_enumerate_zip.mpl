# enumerate pairs each item with its index; zip pairs two iterators and stops at the shorter.

fn main() do
  let letters = ["a", "b", "c"]
  for {i, letter} in Iter.from(letters) |> Iter.enumerate() do
    println("${i}: ${letter}")
  end

  let pairs = Iter.from([1, 2, 3]) |> Iter.zip(Iter.from(["one", "two", "three"])) |> List.collect()
  println("${pairs}")

  # unequal lengths, both ways round
  println("${Iter.from([1, 2]) |> Iter.zip(Iter.from([10, 20, 30, 40])) |> Iter.count()}")
  println("${Iter.from([1, 2, 3, 4]) |> Iter.zip(Iter.from([10])) |> List.collect()}")

  # zip with an infinite counter numbers lines from 1
  let numbered = Iter.count_from(1) |> Iter.zip(Iter.from(["x", "y"])) |> Iter.map(fn {n, s} -> "${n}.${s}" end) |> List.collect()
  println("${numbered}")

  # enumerate after a filter counts the kept items
  let kept = Iter.from([5, 6, 7, 8]) |> Iter.filter(fn n -> n % 2 == 0 end) |> Iter.enumerate() |> List.collect()
  println("${kept}")
end
