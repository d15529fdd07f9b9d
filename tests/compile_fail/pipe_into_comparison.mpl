# expect-error: E0005
# expect-text: cannot pipe into the result of `==`
# expect-text: `|>` binds looser than `==`
# expect-text: (x |> f(a)) == y
# `|>` is the loosest operator, so `xs |> List.map(f) == ys` pipes into the comparison. One error
# naming the precedence, instead of "List.map takes 2 arguments" and "a Bool is not a function".
fn main() do
  let same = [1, 2] |> List.map(fn x -> x * 2 end) == [2, 4]
  println("${same}")
end
