# Map.get on a missing key gives the value type's zero when it has one (0, "", [], None...);
# for other types (here a struct) it is a Mesh panic at the call.

struct User do
  name :: String
end

fn main() do
  let users = %{1 => User { name: "ann" }}
  println(Map.get(users, 1).name)
  println(Map.get_or(users, 2, User { name: "nobody" }).name)
  println(Map.get(users, 2).name)
end
