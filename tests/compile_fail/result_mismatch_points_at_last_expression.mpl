# expect-error: E0001
# expect-error: E0001
# expect-error: E0001
# expect-text: main.mpl:11:3
# expect-text: main.mpl:18:5
# expect-text: main.mpl:24:3
# expect-text: turn the Int into a String with interpolation
# A block's wrong result is shown at the expression that gives it, not at the `do` of the block.

fn name() -> String do
  42
end

fn sign(n :: Int) -> String do
  if n > 0 do
    "positive"
  else
    -1
  end
end

fn total(xs :: List<Int>) -> Int do
  let sum = List.reduce(xs, 0, fn(a, b) -> a + b end)
  println("total ${sum}")
end

fn main() do
  println("${name()} ${sign(1)} ${total([1])}")
end
