# A stack overflow in main ends the program: what main printed before is flushed, stderr
# says what happened, and the exit status is 134.

fn depth(n :: Int) -> Int do
  let below = depth(n + 1)
  below * 2 + n
end

fn main() do
  println("recursing without end")
  println("${depth(0)}")
  println("never printed")
end
