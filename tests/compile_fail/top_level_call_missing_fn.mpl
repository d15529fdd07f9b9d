# expect-error: E0202
# expect-text: a function definition starts with `fn`
# expect-text: write `fn main(...) do`
# `main() do ... end` is a definition without `fn`, not code at the top level; no "no fn main" follows.

main() do
  println("hi")
end
