# Structs inside structs and lists of structs, encoded and decoded as one document.

struct Address do
  street :: String
  zip :: Int
end deriving(Json)

struct Employee do
  name :: String
  home :: Address
end deriving(Json)

struct Team do
  title :: String
  members :: List<Employee>
  scores :: List<List<Int>>
end deriving(Json)

fn line(e :: Employee) -> String do
  "${e.name} lives at ${e.home.street} (${e.home.zip})"
end

fn show(t :: Team) do
  println(t.title)
  List.each(t.members, fn(e) do println(line(e)) end)
  println("${t.scores}")
end

fn main() do
  let team = Team {
    title: "Platform",
    members: [
      Employee { name: "Ada", home: Address { street: "1 Loop Rd", zip: 10115 } },
      Employee { name: "Grace", home: Address { street: "9 Stack St", zip: 20095 } }
    ],
    scores: [[1, 2], [], [3]]
  }
  let text = Json.encode(team)
  println(text)
  case Team.from_json(text) do
    Ok(t) -> show(t)
    Err(e) -> println("error: ${e}")
  end

  let empty = Team { title: "Nobody", members: [], scores: [] }
  println(Json.encode(empty))
end
