# expect-error: E0202
# expect-text: must be a constant expression
# expect-text: fn words() = ...
# A module constant is written out at each use, so its value cannot be computed at run time.
let words = String.split("a b c", " ")

fn main() do
  println("${words}")
end
