# expect-error: E0040
# expect-text: does not say what `Item` is
# A bare call `first("zed")` that the interface's method name could take is checked after the
# library's String.first (it used to reach it unchecked and crash the compiler).
interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Numbers do
  all :: List<Int>
end

fn show() do
  println("${first("zed")}")
end

impl Container for Numbers do
  fn first(self) -> Int = List.head(self.all)
end

fn main() do
  show()
  println("${Numbers { all: [1] }.first()}")
end
