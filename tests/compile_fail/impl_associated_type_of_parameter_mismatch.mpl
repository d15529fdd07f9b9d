# expect-error: E0001
# expect-text: the `Item` of Iter<String> is String, but `impl Iterator for Below<I>` needs Int
# The impl compares `I.Item` with an Int, so it is an Iterator only over Int items: wrapping an
# iterator of Strings is a type error where it is used, not a wrong result at run time.

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

fn main() do
  for x in Below { inner: Iter.from(["a", "b"]), limit: 6 } do
    println(x)
  end
end
