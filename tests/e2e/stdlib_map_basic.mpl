# Map: put/get/has_key/delete/size/keys/values, method syntax, and what get gives for a
# missing key (the value type's zero), get_or and find.

fn main() do
  let m = Map.new()
  let m = Map.put(m, 1, 10)
  let m = Map.put(m, 2, 20)
  println("${Map.get(m, 1)} ${Map.get(m, 2)} ${Map.size(m)}")
  let m = Map.put(m, 1, 11)
  println("${m} size ${m.size()}")
  println("has 2: ${Map.has_key(m, 2)}, has 3: ${m.has_key(3)}")
  let d = Map.delete(m, 1)
  println("${d} ${m} ${Map.delete(d, 42)}")
  println("keys ${Map.keys(m)} values ${Map.values(m)}")
  println("missing Int ${Map.get(m, 3)}, get_or ${Map.get_or(m, 3, -1)} ${m.get_or(2, -1)}")
  println("find ${Map.find(m, 2)} ${Map.find(m, 3)}")
  let names = Map.put(Map.put(Map.new(), "name", "Alice"), "city", "Portland")
  println("${names.get("name")} lives in ${names.get("city")}; missing String: [${Map.get(names, "zip")}]")
  let scores = %{"a" => 1.5}
  let flags = %{"a" => true}
  let lists = %{"a" => [1]}
  println("${Map.get(scores, "b")} ${Map.get(flags, "b")} ${Map.get(lists, "b")} ${Map.get(%{1 => Some(2)}, 5)}")
  println("empty ${Map.is_empty(Map.new())} ${Map.is_empty(m)} ${map_size(m)}")
  # counting with the zero default
  let words = String.split("a b a c b a", " ")
  let counts = List.reduce(words, Map.new(), fn acc, w -> Map.put(acc, w, Map.get(acc, w) + 1) end)
  println("${counts}")
end
