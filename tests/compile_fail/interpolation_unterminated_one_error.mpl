# expect-error: E0104
# expect-text: unterminated string interpolation
# An interpolation missing its `}` is one error: the quote and bracket it swallows are not reported too.

fn main() do
  println("total ${1 + ")
end
