# expect-error: E0040
# expect-text: does not say what `Iter` is
# Iterable needs both associated types, Item and Iter.

struct Bag do
  items :: List<Int>
end

impl Iterable for Bag do
  type Item = Int
  fn iter(self) -> Iter<Int> = Iter.from(self.items)
end

fn main() do
  println("hi")
end
