# expect-error: E0200
# expect-error: E0200
# expect-error: E0200
# Three independent syntax errors, each a missing token; the parser must
# recover after each one and report all three.

fn first(a :: Int b :: Int) -> Int do
  a + b
end

fn second(x :: Int) -> Int do
  let y x + 1
  y
end

fn third() -> Int do
  let xs = [1, 2 3]
  0
end

fn main() do
  println("${first(1, 2)} ${second(3)} ${third()}")
end
