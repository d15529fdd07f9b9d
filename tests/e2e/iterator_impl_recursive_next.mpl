# Inside `impl Iterator for Adapter<I> where I: Iterator`, `next` may call `next` on another
# value of the impl's own type (`Windows { ... }.next()`): Item of that value is the impl's own
# Item, and the inner iterator's Item is the same `I.Item` (was rejected with E0042).

struct Windows<I> do
  inner :: I
  prev :: Option<Int>
end

impl Iterator for Windows<I> where I: Iterator do
  type Item = (Int, Int)
  fn next(self) -> Option<((Int, Int), Windows<I>)> do
    case self.prev do
      None -> case self.inner.next() do
        None -> None
        Some((x, rest)) -> Windows { inner: rest, prev: Some(x) }.next()
      end
      Some(p) -> case self.inner.next() do
        None -> None
        Some((x, rest)) -> Some(((p, x), Windows { inner: rest, prev: Some(x) }))
      end
    end
  end
end

# Generic in its items: skips every item the predicate rejects by recursing on a new adapter.
struct Keep<I, T> do
  inner :: I
  wanted :: Fun(T) -> Bool
end

impl Iterator for Keep<I, T> where I: Iterator do
  type Item = T
  fn next(self) -> Option<(T, Keep<I, T>)> do
    case self.inner.next() do
      None -> None
      Some((x, rest)) -> if self.wanted(x) do
        Some((x, Keep { inner: rest, wanted: self.wanted }))
      else
        Keep { inner: rest, wanted: self.wanted }.next()
      end
    end
  end
end

fn main() do
  let gaps = for (a, b) in Windows { inner: Iter.from([1, 4, 9, 16, 25]), prev: None } do
    b - a
  end
  println("gaps: ${gaps}")
  let empty = for (a, b) in Windows { inner: Iter.from([7]), prev: None } do a + b end
  println("one item, no window: ${empty}")
  let long = for w in Keep { inner: Iter.from(["a", "bbb", "cc", "dddd"]), wanted: fn s -> String.length(s) > 1 end } do
    String.to_upper(w)
  end
  println("long words: ${long}")
  let evens = for n in Keep { inner: Iter.from([1, 2, 3, 4, 5, 6]), wanted: fn n -> n % 2 == 0 end } do n * 10 end
  println("evens: ${evens}")
end
