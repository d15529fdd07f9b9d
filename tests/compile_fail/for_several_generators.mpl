# expect-error: E0200
# expect-text: a `for` loop has one generator
# expect-text: List.flatten(for x in xs do for y in ys do ... end end)
# Elixir's `for x <- xs, y <- ys` is two nested loops in Mesh; the body still parses (one error).
fn main() do
  let pairs = for x in [1, 2], y in [3, 4] do
    x * y
  end
  println("${pairs}")
end
