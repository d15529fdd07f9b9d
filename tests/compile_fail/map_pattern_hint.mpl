# expect-error: E0203
# expect-text: maps cannot be matched by a pattern
# expect-text: Map.find(user, "name")
# Elixir matches maps with `%{"name" => name}`; Mesh has no map patterns (nor has upstream).
# One error, with the lookup to write instead.
fn main() do
  let user = %{"name" => "ann", "age" => "31"}
  case user do
    %{"name" => name} -> println(name)
    _ -> println("?")
  end
end
