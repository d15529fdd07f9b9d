# `[h | t]` in a pattern is an or-pattern in Mesh; the error shows the `::` spelling and nothing else cascades.
# expect-error: E0203
# expect-text: separates alternatives
# expect-text: `first :: second :: rest`
fn sum_pairs(xs :: List<Int>) -> Int do
  case xs do
    [] -> 0
    [_] -> 0
    [first, second | rest] -> first + second + sum_pairs(rest)
  end
end

fn main() do
  println("${sum_pairs([1, 2, 3])}")
end
