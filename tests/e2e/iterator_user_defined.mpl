# A type implementing Iterator: `next` returns the next item and the iterator over the rest
# (iterators are values; advancing one gives a new one). `for` walks it lazily, so break and
# continue work, and an endless iterator is fine when the loop breaks.

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

# Fibonacci numbers without end.
struct Fib do
  a :: Int
  b :: Int
end

impl Iterator for Fib do
  type Item = Int
  fn next(self) -> Option<(Int, Fib)> = Some((self.a, Fib { a: self.b, b: self.a + self.b }))
end

# A sum type can be an iterator too.
type Walk do
  Steps(List<String>, Int)
  Done
end

impl Iterator for Walk do
  type Item = String
  fn next(self) -> Option<(String, Walk)> do
    case self do
      Steps(items, i) -> if i < List.length(items) do Some((List.get(items, i), Steps(items, i + 1))) else None end
      Done -> None
    end
  end
end

fn main() do
  println("${for n in Countdown { from: 5 } do n end}")
  println("${for n in Countdown { from: 5 } when n % 2 == 1 do n * 10 end}")

  let small = for f in Fib { a: 0, b: 1 } do
    if f > 50 do
      break
    end
    f
  end
  println("${small}")

  let skipped = for n in Countdown { from: 6 } do
    if n == 3 do
      continue
    end
    "<${n}>"
  end
  println("${skipped}")

  # next can be called directly; the old iterator is unchanged
  let c = Countdown { from: 2 }
  case c.next() do
    Some((first, rest)) -> println("first ${first}, then ${for n in rest do n end}, again ${for n in c do n end}")
    None -> println("empty")
  end

  for word in Steps(["alpha", "beta"], 0) do
    println(word)
  end
  println("${for w in Done do w end}")

  # nested loops over iterators
  let grid = for row in Countdown { from: 2 } do
    for col in Countdown { from: 2 } do
      row * 10 + col
    end
  end
  println("${grid}")
end
