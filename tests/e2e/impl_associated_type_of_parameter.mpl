# Iterator adapters written in Mesh: an impl over a type parameter `I: Iterator` names the item
# type of I as `I.Item` in its associated types and its method signatures, and each use of the
# adapter gets the item type of the iterator it wraps (nested adapters too).

# Consecutive items two by two: (a, b), (c, d), ...
struct Pairs<I> do
  inner :: I
end

impl Iterator for Pairs<I> where I: Iterator do
  type Item = (I.Item, I.Item)
  fn next(self) -> Option<((I.Item, I.Item), Pairs<I>)> do
    case self.inner.next() do
      None -> None
      Some((a, rest)) ->
        case rest.next() do
          None -> None
          Some((b, more)) -> Some(((a, b), Pairs { inner: more }))
        end
    end
  end
end

# Each item with its position.
struct Numbered<I> do
  inner :: I
  at :: Int
end

impl Iterator for Numbered<I> where I: Iterator do
  type Item = (Int, I.Item)
  fn next(self) -> Option<(Self.Item, Self)> do
    case self.inner.next() do
      None -> None
      Some((x, rest)) -> Some(((self.at, x), Numbered { inner: rest, at: self.at + 1 }))
    end
  end
end

# A function applied to each item: its argument type is the wrapped iterator's item type.
struct Mapped<I, A, B> do
  inner :: I
  f :: Fun(A) -> B
end

impl Iterator for Mapped<I, A, B> where I: Iterator do
  type Item = B
  fn next(self) -> Option<(B, Mapped<I, A, B>)> do
    case self.inner.next() do
      None -> None
      Some((x, rest)) ->
        let f = self.f
        Some((f(x), Mapped { inner: rest, f: f }))
    end
  end
end

# Items only while they are below a limit: the item type must be an Int here.
struct Below<I> do
  inner :: I
  limit :: Int
end

impl Iterator for Below<I> where I: Iterator do
  type Item = I.Item
  fn next(self) -> Option<(I.Item, Below<I>)> do
    case self.inner.next() do
      Some((x, rest)) when x < self.limit -> Some((x, Below { inner: rest, limit: self.limit }))
      _ -> None
    end
  end
end

fn collect_all<I>(it :: I) -> List<I.Item> where I: Iterator do
  case it.next() do
    None -> []
    Some((x, rest)) -> List.prepend(collect_all(rest), x)
  end
end

fn first<I>(it :: I) -> Option<I.Item> where I: Iterator do
  case it.next() do
    Some((x, _)) -> Some(x)
    None -> None
  end
end

fn main() do
  let words = Iter.from(["a", "b", "c", "d", "e"])
  for (x, y) in Pairs { inner: words } do
    println("${x}${y}")
  end
  for (i, (x, y)) in Numbered { inner: Pairs { inner: Iter.from([1, 2, 3, 4]) }, at: 1 } do
    println("${i}: ${x + y}")
  end
  let lengths = Mapped { inner: words, f: fn w -> String.length(w) * 10 end }
  println("${collect_all(lengths)}")
  let shouted = Mapped { inner: Numbered { inner: words, at: 0 }, f: fn pair -> "${Tuple.second(pair)}${Tuple.first(pair)}" end }
  println("${collect_all(shouted)}")
  println("${first(Below { inner: Iter.count_from(3), limit: 6 })}")
  println("${collect_all(Below { inner: Iter.count_from(3), limit: 6 })}")
  let nothing :: List<Int> = []
  println("${first(Pairs { inner: Iter.from(nothing) })}")
end
