# expect-error: E0001
# expect-text: a closure taking one tuple destructures it in its parameter: `fn ((a, b)) -> ... end`
# Elixir's `fn {w, h} -> ... end` is written `fn ((w, h)) -> ... end`: `fn (w, h) ->` takes two
# parameters, so where one tuple is passed the hint shows the tuple pattern.
fn main() do
  let areas = List.map([(1, 2), (3, 4)], fn (w, h) -> w * h end)
  println("${areas}")
end
