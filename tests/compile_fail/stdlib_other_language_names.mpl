# expect-error: E0004
# expect-error: E0004
# expect-error: E0004
# expect-text: did you mean `String.pad_start`?
# expect-text: did you mean `List.length`?
# expect-text: did you mean `Map.put`?
# Names from Elixir, Rust or Python's libraries point at the Mesh name for the same function.
fn main() do
  println(String.pad_left("7", 3, "0"))
  println("${List.len([1])} ${Map.insert(%{}, 1, 2)}")
end
