# Generic types derive Json per instantiation; generic functions that encode or decode
# their type parameter need it to convert to JSON (inferred, or written as `where T: Json`).

struct Page<T> do
  items :: List<T>
  total :: Int
end deriving(Json)

type Reply<T> do
  Found(T)
  Missing(String)
end deriving(Json)

struct Point do
  x :: Int
  y :: Int
end deriving(Json)

fn wrap<T>(items :: List<T>) -> String do
  Json.encode(Page { items: items, total: List.length(items) })
end

fn reply<T>(value :: T) -> String where T: Json do
  Json.encode(Found(value))
end

fn first_total(text :: String) -> Int do
  case Page.from_json(text) do
    Ok(page) -> List.head(page.items) + page.total
    Err(_) -> -1
  end
end

fn manhattan(p :: Point) -> Int do
  p.x + p.y
end

fn main() do
  println(wrap([1, 2, 3]))
  println(wrap(["a"]))
  println(wrap([Point { x: 1, y: -1 }]))
  println(wrap([[true], [false, true]]))
  println(reply(2.5))
  println(reply(Point { x: 0, y: 0 }))
  println(Json.encode(Missing("nothing here")))

  # The element type comes from how the result is used: Int here.
  println("${first_total("{\"items\":[40],\"total\":2}")}")
  println("${first_total("{\"items\":[\"x\"],\"total\":2}")}")

  case Page.from_json("{\"items\":[{\"x\":3,\"y\":4}],\"total\":1}") do
    Ok(page) -> println("${manhattan(List.head(page.items))}")
    Err(e) -> println("error: ${e}")
  end
end
