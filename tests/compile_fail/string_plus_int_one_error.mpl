# expect-error: E0006
# expect-text: `+` is not defined for String
# expect-text: use `<>` to join strings, and interpolation to turn the Int into one
# `+` on a String is the one mistake: the Int on its right is not reported as a second error.

fn main() do
  let n = 3
  println("count: " + n)
end
