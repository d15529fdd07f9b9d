# expect-error: E0004
# expect-text: unknown struct `Pont` in this pattern
# expect-text: did you mean `Point`?
# A struct pattern names a struct that does not exist (a typo).

struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let Pont { x, y } = Point { x: 1, y: 2 }
  println("${x} ${y}")
end
