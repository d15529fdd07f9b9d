# expect-error: E0001
# expect-text: a closure taking one tuple destructures it in its parameter: `fn ((a, b)) -> ... end`
# A closure written at the call may take a pair apart with `fn (w, h) ->` (closure_tuple_parameters);
# one bound to a name first is a function of two parameters, which List.map cannot call with a pair.
fn main() do
  let area = fn (w, h) -> w * h end
  let areas = List.map([(1, 2), (3, 4)], area)
  println("${areas}")
end
