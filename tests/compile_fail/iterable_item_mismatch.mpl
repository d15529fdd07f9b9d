# expect-error: E0001
# expect-text: must be the Iterable's `Item`
# An Iterable's Item must be what its iterator yields.

struct Bag do
  items :: List<Int>
end

impl Iterable for Bag do
  type Item = String
  type Iter = Iter<Int>
  fn iter(self) -> Iter<Int> = Iter.from(self.items)
end

fn main() do
  for x in Bag { items: [1] } do
    println("${x}")
  end
end
