# expect-error: E0200
# expect-text: expected '}' after '..' in this struct pattern
# `..` stands for the fields not listed, so it ends the pattern.

struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let Point { .., x } = Point { x: 1, y: 2 }
  println("${x}")
end
