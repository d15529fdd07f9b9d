# expect-error: E0042
# expect-error: E0042
# expect-text: `I` has no associated type `Item`: its bounds declare none
# expect-text: where I: Iterator
# `I.Item` in an impl needs a `where` bound on I that declares `Item`, in the associated
# type and in the method signature alike.

struct Wrap<I> do
  inner :: I
end

impl Iterator for Wrap<I> do
  type Item = I.Item
  fn next(self) -> Option<(I.Item, Wrap<I>)> do
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
