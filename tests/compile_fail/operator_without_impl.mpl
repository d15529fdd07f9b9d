# expect-error: E0006
# expect-text: impl Add for Vec2
# `+` on a struct needs an Add impl; the hint says how to write one.

struct Vec2 do
  x :: Int
  y :: Int
end

fn main() do
  let v = Vec2 { x: 1, y: 2 } + Vec2 { x: 3, y: 4 }
  println("${v.x}")
end
