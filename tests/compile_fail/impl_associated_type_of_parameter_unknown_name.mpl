# expect-error: E0042
# expect-text: `I` has no associated type `Iter`
# expect-text: its bounds give `I.Item`
# An Iterator bound gives `I.Item`, not `I.Iter` (that one comes with Iterable).

struct Wrap<I> do
  inner :: I
end

impl Iterator for Wrap<I> where I: Iterator do
  type Item = I.Iter
  fn next(self) -> Option<(Self.Item, Wrap<I>)> do
    case self.inner.next() do
      Some((x, rest)) -> Some((x, Wrap { inner: rest }))
      None -> None
    end
  end
end

fn main() do
  for x in Wrap { inner: Iter.from([1]) } do
    println("${x}")
  end
end
