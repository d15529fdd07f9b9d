# expect-error: E0004
# expect-error: E0030
# expect-text: did you mean `List.sum`?
# expect-text: did you mean `sum`?
# Suggestions for a misspelt List function include the ones written in Mesh (stdlib/mesh/list.mpl).
fn main() do
  println("${List.summ([1])}")
  println("${[1, 2].summ()}")
end
