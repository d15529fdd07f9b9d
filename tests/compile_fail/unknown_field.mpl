# expect-error: E0009
# expect-error: E0009
# expect-error: E0009
# expect-text: zz
# expect-text: colour
# expect-text: depth
# Unknown fields in a literal, in a field access and in an update.

struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2, zz: 3 }
  println("${p.colour}")
  let q = %{p | depth: 4}
  println("${q.x}")
end
