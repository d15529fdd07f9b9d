# `x = x + 1` is not a statement in Mesh: values are immutable.
# expect-error: E0207
# expect-text: cannot be reassigned
# expect-text: shadows
fn main() do
  let count = 0
  count = count + 1
  println("${count}")
end
