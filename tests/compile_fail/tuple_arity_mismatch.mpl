# expect-error: E0001
# expect-text: (Int, Int)
# Destructuring a pair with a three-element tuple pattern.

fn main() do
  let (a, b, c) = (1, 2)
  println("${a} ${b} ${c}")
end
