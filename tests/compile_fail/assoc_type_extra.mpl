# expect-error: E0041
# expect-text: no associated type `Key`
# An impl may only bind the associated types its interface declares.

interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Numbers do
  all :: List<Int>
end

impl Container for Numbers do
  type Item = Int
  type Key = String
  fn first(self) -> Int = List.head(self.all)
end

fn main() do
  println("${Numbers { all: [1] }.first()}")
end
