# expect-error: E0046
# expect-text: cannot tell which impl of `Container` the call of `size` uses
# expect-text: let value :: Stack<Int> = ...
# Two impls could apply to a `Stack<_>` whose item type nothing fixes (it used to crash the compiler).
struct Stack<T> do
  items :: List<T>
end

interface Container do
  fn size(self) -> Int
end

impl Container for Stack<Int> do
  fn size(self) -> Int = List.length(self.items)
end

impl Container for Stack<String> do
  fn size(self) -> Int = List.length(self.items) * 100
end

fn main() do
  println("${Stack { items: [] }.size()}")
end
