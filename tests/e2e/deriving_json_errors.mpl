# from_json never panics on bad input: it returns Err saying what is wrong and where.

struct Point do
  x :: Int
  y :: Int
end deriving(Json)

type Move do
  Step(Point)
  Jump(Int, Int)
  Stay
end deriving(Json)

struct Path do
  name :: String
  moves :: List<Move>
end deriving(Json)

fn point(text :: String) do
  case Point.from_json(text) do
    Ok(p) -> println("ok: ${p.x},${p.y}")
    Err(e) -> println(e)
  end
end

fn path(text :: String) do
  case Path.from_json(text) do
    Ok(p) -> println("ok: ${p.name}")
    Err(e) -> println(e)
  end
end

fn main() do
  # Not JSON at all, or not quite: the message gives the line and column.
  point("not json")
  point("")
  point("{\"x\": 1, \"y\": 2")
  point("{\"x\": 1 \"y\": 2}")
  point("{\"x\": 1, \"y\": 2,}")
  point("{\"x\": 01, \"y\": 2}")
  point("{\"x\": 1, \"y\": 2} extra")
  point("{\n  \"x\": 1,\n  \"y\": tru\n}")
  point("{\"x\": \"\\q\", \"y\": 2}")
  point("{\"x\": \"\\ud800\", \"y\": 2}")
  point("[1, 2]")

  # JSON, but not a Point.
  point("{\"x\": 1}")
  point("{\"x\": \"1\", \"y\": 2}")
  point("{\"x\": 1.5, \"y\": 2}")
  point("{\"x\": 1, \"y\": null}")
  point("{\"x\": 1, \"y\": 99999999999999999999}")
  point("{\"x\": 1, \"y\": 2}")

  # Errors inside nested values name the whole path.
  path("{\"name\": \"p\", \"moves\": [{\"tag\": \"Stay\"}, {\"tag\": \"Step\", \"fields\": [{\"x\": 1}]}]}")
  path("{\"name\": \"p\", \"moves\": [{\"tag\": \"Fly\", \"fields\": []}]}")
  path("{\"name\": \"p\", \"moves\": [{\"tag\": \"Jump\", \"fields\": [1]}]}")
  path("{\"name\": \"p\", \"moves\": [{\"tag\": \"Jump\", \"fields\": [1, true]}]}")
  path("{\"name\": \"p\", \"moves\": [\"Stay\"]}")
  path("{\"name\": \"p\", \"moves\": {}}")
  path("{\"name\": 7, \"moves\": []}")
  path("{\"name\": \"p\", \"moves\": [{\"tag\": \"Jump\", \"fields\": [1, 2]}, {\"tag\": \"Stay\", \"fields\": []}]}")
end
