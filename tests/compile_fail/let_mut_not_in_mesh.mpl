# `let mut` (Rust, Swift) does not exist: one error at `mut`, with the immutable ways as the hint.
# expect-error: E0207
# expect-text: no `let mut`
# expect-text: List.reduce
fn main() do
  let mut total = 0
  println("${total}")
end
