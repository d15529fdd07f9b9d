# expect-error: E0001
# expect-text: cannot index a value of type (Int, String)
# expect-text: use `Tuple.nth(t, i)`
# Only lists and maps can be indexed with `[...]`.
fn main() do
  let pair = (1, "one")
  println(pair[1])
end
