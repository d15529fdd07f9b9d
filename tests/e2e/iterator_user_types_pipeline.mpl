# Iterator pipelines over user types.
struct Countdown do
  from :: Int
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> Option<(Int, Countdown)> do
    if self.from <= 0 do
      None
    else
      Some((self.from, Countdown { from: self.from - 1 }))
    end
  end
end

struct Fib do
  a :: Int
  b :: Int
end

impl Iterator for Fib do
  type Item = Int
  fn next(self) -> Option<(Int, Fib)> = Some((self.a, Fib { a: self.b, b: self.a + self.b }))
end

struct Inventory do
  items :: List<(String, Int)>
end

impl Iterable for Inventory do
  type Item = (String, Int)
  type Iter = ListIterator
  fn iter(self) -> ListIterator = Iter.from(self.items)
end

fn take_n<I>(it :: I, n :: Int) -> List<I.Item> where I: Iterator do
  if n == 0 do
    []
  else
    case it.next() do
      None -> []
      Some((x, rest)) -> x :: take_n(rest, n - 1)
    end
  end
end

fn main() do
  for n in Countdown { from: 3 } do
    println("T-${n}")
  end
  let first_fibs = take_n(Fib { a: 0, b: 1 }, 12)
  println("fibs: ${first_fibs}")
  let inv = Inventory { items: [("apple", 3), ("pear", 0), ("plum", 12), ("fig", 7)] }
  let in_stock = for (name, qty) in inv when qty > 0 do
    "${name} x${qty}"
  end
  println("in stock: ${in_stock}")
  let evens_squared = Iter.from(first_fibs)
    |> Iter.filter(fn n -> n % 2 == 0 end)
    |> Iter.map(fn n -> n * n end)
    |> List.collect()
  println("even fib squares: ${evens_squared}")
  let numbered = Iter.from(["a", "b", "c"]) |> Iter.enumerate() |> List.collect()
  println("numbered: ${numbered}")
  let pairs = Iter.zip(Iter.from([1, 2, 3]), Iter.from(["one", "two", "three", "four"])) |> Map.collect()
  println("pairs: ${pairs}")
  let total = Iter.count_from(1) |> Iter.map(fn n -> n * n end) |> Iter.take(10) |> Iter.sum()
  println("sum of first 10 squares: ${total}")
  let big = Iter.count_from(1) |> Iter.skip(5) |> Iter.find(fn n -> n * n > 200 end)
  println("first n>5 with n*n > 200: ${big}")
  let any_zero = inv.iter() |> Iter.any(fn ((_, q)) -> q == 0 end)
  let all_named = inv.iter() |> Iter.all(fn ((n, _)) -> String.length(n) > 2 end)
  println("any zero: ${any_zero}, all named: ${all_named}")
  let word = Iter.from(["m", "e", "s", "h"]) |> Iter.map(String.to_upper) |> String.collect()
  println("word: ${word}")
  let stock = inv.iter() |> Iter.reduce(0, fn acc, (_, q) -> acc + q end)
  println("total stock: ${stock}")
  let letters = Iter.from(["b", "a", "b", "c", "a"]) |> Set.collect()
  println("letters: ${letters}, count ${Iter.from([1, 2, 3]) |> Iter.count()}")
  let mut_free = for n in Countdown { from: 10 } do
    if n == 4 do break end
    if n % 3 == 0 do continue end
    n * 10
  end
  println("loop: ${mut_free}")
  Iter.from([3, 1, 2]) |> Iter.each(fn n -> println("item ${n}") end)
end
