# expect-error: E0004
# expect-error: E0004
# expect-error: E0004
# expect-text: module names start with a capital letter in Mesh; this is `List`
# expect-text: this is `IO` (`println` and `print` need no module)
# expect-text: this is `Map`
# Gleam's and Go's modules are lower case (`list.map`, `io.println`, `dict.new`). One error each,
# naming the Mesh module, and no second error about calling a method on an unknown value.
fn main() do
  let xs = [1, 2, 3] |> list.map(fn x -> x + 1 end)
  io.println("${xs}")
  let counts = dict.new()
  println("${counts}")
end
