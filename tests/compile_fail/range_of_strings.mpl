# expect-error: E0001
# expect-error: E0001
# expect-text: the start of a range
# Ranges are ranges of Ints.

fn main() do
  let r = "a".."z"
  println("${r}")
end
