# JSON round trip of nested records.
struct Address do
  street :: String
  city :: String
  zip :: Option<String>
end deriving(Json, Eq, Debug)

type Role do
  Admin
  Member(since :: Int)
  Guest(String)
end deriving(Json, Eq, Debug)

struct User do
  id :: Int
  name :: String
  email :: Option<String>
  score :: Float
  active :: Bool
  tags :: List<String>
  addresses :: List<Address>
  role :: Role
  prefs :: Map<String, Int>
end deriving(Json, Eq, Debug)

struct Page<T> do
  items :: List<T>
  total :: Int
  next :: Option<Int>
end deriving(Json)

fn sample_users() -> List<User> do
  let home = Address { street: "1 Main St", city: "Springfield", zip: Some("12345") }
  let work = Address { street: "9 \"Quoted\" Ave", city: "Shelbyville", zip: None }
  [
    User { id: 1, name: "Ada", email: Some("ada@example.com"), score: 97.5, active: true,
           tags: ["admin", "math"], addresses: [home, work], role: Admin, prefs: %{"theme" => 2} },
    User { id: 2, name: "Bob\nNewline", email: None, score: 42.0, active: false, tags: [],
           addresses: [], role: Member(2019), prefs: %{} },
    User { id: 3, name: "Ünïcode ☃", email: None, score: -0.125, active: true, tags: ["x"],
           addresses: [work], role: Guest("temp"), prefs: %{"a" => 1, "b" => 2} }
  ]
end

fn roundtrip(u :: User) -> Result<User, String> do
  let text = Json.encode(u)
  let back = User.from_json(text)?
  if back == u do Ok(back) else Err("mismatch for ${u.name}") end
end

fn main() do
  let users = sample_users()
  for u in users do
    println(Json.encode(u))
    case roundtrip(u) do
      Ok(back) -> println("  ok: ${back.name} (${List.length(back.addresses)} addresses)")
      Err(msg) -> println("  FAILED: ${msg}")
    end
  end
  let page = Page { items: users |> List.map(fn u -> u.id end), total: 3, next: Some(2) }
  let encoded = Json.encode(page)
  println(encoded)
  let decoded :: Result<Page<Int>, String> = Page.from_json(encoded)
  case decoded do
    Ok(p) -> println("page items ${p.items}, next ${p.next}")
    Err(e) -> println("page error: ${e}")
  end
  let bad = ["{\"id\": 1}", "not json", "{\"street\": 5, \"city\": \"x\", \"zip\": null}"]
  for b in bad do
    case Address.from_json(b) do
      Ok(a) -> println("unexpected: ${inspect(a)}")
      Err(e) -> println("error: ${e}")
    end
  end
  case Address.from_json("{\"street\": \"s\", \"city\": \"c\"}") do
    Ok(a) -> println("missing option field ok: ${inspect(a)}")
    Err(e) -> println("missing option field error: ${e}")
  end
  case JSON.parse("{\"a\": [1, 2, {\"b\": null}], \"c\": 1.5}") do
    Ok(j) -> println("parsed: ${JSON.encode(j)}")
    Err(e) -> println("parse error: ${e}")
  end
  println(JSON.get("{\"name\": \"mesh\", \"v\": 3}", "name"))
  println(Json.encode([1, 2, 3]))
  println(Json.encode(%{"k" => [true, false]}))
end
