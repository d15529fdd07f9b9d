# expect-error: E0001
# expect-error: E0001
# expect-text: field `age`
# Field values must have the declared type, in literals and in updates.

struct User do
  name :: String
  age :: Int
end

fn main() do
  let u = User { name: "ada", age: "thirty" }
  let v = %{u | name: 5}
  println(v.name)
end
