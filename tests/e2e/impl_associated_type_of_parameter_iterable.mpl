# An Iterable adapter names its parameter's `C.Item` and `C.Iter`; an Iterator adapter uses
# `Self.Item` and `Self` in its signature; both over user types and library iterators.
struct Tagged<C> do
  tag :: String
  inner :: C
end

impl Iterable for Tagged<C> where C: Iterable do
  type Item = C.Item
  type Iter = C.Iter
  fn iter(self) -> C.Iter = self.inner.iter()
end

struct Bag do
  items :: List<String>
end

impl Iterable for Bag do
  type Item = String
  type Iter = Iter<String>
  fn iter(self) -> Iter<String> = Iter.from(self.items)
end

fn total<I>(it :: I) -> Int where I: Iterator do
  case it.next() do
    None -> 0
    Some((x, rest)) -> x + total(rest)
  end
end

struct Countdown do
  n :: Int
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> Option<(Int, Countdown)> do
    if self.n == 0 do
      None
    else
      Some((self.n, Countdown { n: self.n - 1 }))
    end
  end
end

struct Take<I> do
  inner :: I
  left :: Int
end

impl Iterator for Take<I> where I: Iterator do
  type Item = I.Item
  fn next(self) -> Option<(Self.Item, Self)> do
    if self.left == 0 do
      None
    else
      case self.inner.next() do
        Some((x, rest)) -> Some((x, Take { inner: rest, left: self.left - 1 }))
        None -> None
      end
    end
  end
end

fn main() do
  for x in Tagged { tag: "t", inner: Bag { items: ["p", "q"] } } do
    println(x)
  end
  for x in Take { inner: Countdown { n: 10 }, left: 3 } do
    println("${x}")
  end
  for x in Take { inner: Iter.count_from(100), left: 2 } do
    println("${x}")
  end
  println("${total(Take { inner: Countdown { n: 5 }, left: 4 })}")
end
