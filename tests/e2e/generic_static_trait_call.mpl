# A static interface method called on a type parameter: `T.empty()` picks the impl of the
# type the function is instantiated with (as `T::empty()` in Rust).
interface Monoid do
  fn empty() -> Self
  fn combine(self, other :: Self) -> Self
end

impl Monoid for Int do
  fn empty() -> Int do
    0
  end
  fn combine(self, other :: Int) -> Int do
    self + other
  end
end

impl Monoid for String do
  fn empty() -> String do
    ""
  end
  fn combine(self, other :: String) -> String do
    self <> other
  end
end

struct Span do
  lo :: Int
  hi :: Int
end

impl Monoid for Span do
  fn empty() -> Span do
    Span { lo: 1000000, hi: -1000000 }
  end
  fn combine(self, other :: Span) -> Span do
    Span { lo: Math.min(self.lo, other.lo), hi: Math.max(self.hi, other.hi) }
  end
end

fn fold_all<T>(xs :: List<T>) -> T where T: Monoid do
  List.reduce(xs, T.empty(), fn acc, x -> acc.combine(x) end)
end

fn defaults<T>(n :: Int) -> List<T> where T: Default do
  for _ in 0..n do
    T.default()
  end
end

fn main() do
  println("${fold_all([1, 2, 3])}")
  println(fold_all(["a", "b", "c"]))
  let none :: List<String> = []
  println("[${fold_all(none)}]")
  let s = fold_all([Span { lo: 5, hi: 9 }, Span { lo: 2, hi: 4 }])
  println("${s.lo}..${s.hi}")
  let zeros :: List<Int> = defaults(3)
  let blanks :: List<String> = defaults(2)
  println("${zeros} ${List.length(blanks)}")
end
