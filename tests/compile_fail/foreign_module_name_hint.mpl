# expect-error: E0031
# expect-text: Mesh has no `Enum` module
# expect-text: `List` (and `Iter` for lazy pipelines)
# Another language's module name (Elixir's Enum, Gleam's Dict, Go's strings) gets the Mesh module
# that does its job as the hint, instead of "add `import Enum`".
fn main() do
  let doubled = Enum.map([1, 2, 3], fn x -> x * 2 end)
  println("${doubled}")
end
