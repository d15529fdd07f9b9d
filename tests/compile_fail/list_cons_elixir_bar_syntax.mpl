# Elixir's `[head | tail]` is not Mesh syntax: the error says how Mesh writes it.
# expect-error: E0200
# expect-text: head :: tail
fn push(x :: Int, acc :: List<Int>) -> List<Int> do
  [x | acc]
end

fn main() do
  println("${push(1, [2])}")
end
