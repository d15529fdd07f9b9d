# expect-error: E0034
# expect-error: E0004
# expect-error: E0030
# expect-text: did you mean `String.graphemes`?
# expect-text: did you mean `pad_start`?
# expect-text: did you mean `capitalize`?
# Suggestions for a misspelt String function include the new ones, in the runtime
# (graphemes) and written in Mesh (pad_start, capitalize).
from String import capitalise

fn main() do
  println("${String.graphemez("abc")}")
  println("x".pad_star(3, " "))
end
