# `xs[i]` past the end panics where it is written, as List.get does.
fn main() do
  let xs = [1, 2, 3]
  println("${xs[2]}")
  println("${xs[3]}")
  println("not reached")
end
