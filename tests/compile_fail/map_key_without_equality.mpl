# expect-error: E0006
# expect-text: equality of the keys of `Map.put`
# Map keys are compared and hashed, so their type needs equality (functions have none).

fn main() do
  let m = Map.put(Map.new(), fn x -> x + 1 end, "inc")
  println("${Map.size(m)}")
end
