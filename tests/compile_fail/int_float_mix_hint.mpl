# expect-error: E0001
# expect-error: E0001
# expect-text: Mesh never mixes Int and Float
# expect-text: Mesh never turns an Int into a Float by itself: write `Int.to_float(n)`
# Int and Float do not mix: the hint says how to convert.

fn half(x :: Float) -> Float = x / 2.0

fn main() do
  let count = 3
  let ratio = 2.5
  println("${count * ratio}")
  println("${half(count)}")
end
