# expect-error: E0004
# expect-text: unknown struct `Pointt`
# expect-text: did you mean `Point`?
# expect-no-text: not known yet
# The misspelt struct is the one error; reading a field of the value it would have built is not another.

struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Pointt { x: 1, y: 2 }
  println("${p.x}")
end
