# `Map.get` returns the value itself, as upstream; matching it against Some/None names the Option-returning call.
# expect-error: E0001
# expect-text: Map.get` returns the value itself
# expect-text: Map.find(m, k)
fn main() do
  let ages = Map.put(Map.new(), "ann", 31)
  case Map.get(ages, "bob") do
    Some(age) -> println("${age}")
    None -> println("unknown")
  end
end
