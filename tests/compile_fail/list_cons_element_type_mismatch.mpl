# The right side of `::` must be a list of the left side's type.
# expect-error: E0001
# expect-text: the right side of `::`
# expect-text: List<String>
fn main() do
  let xs = 1 :: ["a", "b"]
  println("${xs}")
end
