# expect-error: E0040
# expect-text: type Item
# An impl must bind every associated type of its interface.

interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Numbers do
  all :: List<Int>
end

impl Container for Numbers do
  fn first(self) -> Int = List.head(self.all)
end

fn main() do
  println("${Numbers { all: [1] }.first()}")
end
