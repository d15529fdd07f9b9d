# Option fields: None is null, Some(x) is x. When decoding, null and an absent key are None.

struct Profile do
  name :: String
  bio :: Option<String>
  age :: Option<Int>
  friends :: List<Option<String>>
end deriving(Json)

# A recursive type through Option. (Node is also the name of a standard-library module;
# the program's own type wins for `Node.from_json`.)
struct Node do
  value :: Int
  next :: Option<Node>
end deriving(Json)

fn total(n :: Node) -> Int do
  case n.next do
    Some(rest) -> n.value + total(rest)
    None -> n.value
  end
end

fn show(p :: Profile) -> String do
  "${p.name}: bio ${p.bio}, age ${p.age}, friends ${p.friends}"
end

fn load(text :: String) do
  case Profile.from_json(text) do
    Ok(p) -> println(show(p))
    Err(e) -> println("error: ${e}")
  end
end

fn main() do
  println(Json.encode(Profile { name: "Ann", bio: Some("Hi!"), age: Some(31), friends: [Some("Bo"), None] }))
  println(Json.encode(Profile { name: "Bob", bio: None, age: None, friends: [] }))
  println(Json.encode([Some(1.5), None]))
  println(Json.encode(None))

  load("{\"name\":\"Cy\",\"bio\":\"x\",\"age\":7,\"friends\":[null,\"Di\"]}")
  load("{\"name\":\"Ed\",\"bio\":null,\"friends\":[]}")
  load("{\"name\":\"Fay\",\"age\":\"old\",\"friends\":[]}")
  load("{\"name\":\"Gil\"}")

  let list = Node { value: 1, next: Some(Node { value: 2, next: Some(Node { value: 3, next: None }) }) }
  let text = Json.encode(list)
  println(text)
  case Node.from_json(text) do
    Ok(n) -> println("total ${total(n)}")
    Err(e) -> println("error: ${e}")
  end
end
