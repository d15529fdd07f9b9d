# expect-error: E0022
# expect-text: this clause of `norm` can never run
# A struct pattern whose fields are all names or `_` matches every value of the struct,
# so a clause after it can never run.

struct Point do
  x :: Int
  y :: Int
end

fn norm(Point { x, y }) do
  x * x + y * y
end

fn norm(Point { x: 0, y: 0 }) do
  0
end

fn main() do
  println("${norm(Point { x: 1, y: 2 })}")
end
