# `first(x)` where an interface of the program also has a method `first`: the call takes the
# receiver's own function (String.first, List.first) or the program's impl, whichever applies.
interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Numbers do
  all :: List<Int>
end

impl Container for Numbers do
  type Item = Int
  fn first(self) -> Int = List.head(self.all)
end

fn main() do
  println("${first("zed")} ${Numbers { all: [4] }.first()} ${first([7, 8])}")
end
