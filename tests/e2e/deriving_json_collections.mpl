# Map<String, T> fields are JSON objects with the map's keys in insertion order;
# JSON.encode_map and Json.encode take maps directly.

struct Config do
  name :: String
  limits :: Map<String, Int>
  labels :: Map<String, List<String>>
  owners :: Map<String, Option<String>>
end deriving(Json)

fn show(c :: Config) do
  println("${c.name}: ${Map.size(c.limits)} limits, workers ${Map.get(c.limits, "workers")}")
  println("labels ${c.labels}")
  println("owners ${c.owners}")
end

fn main() do
  let c = Config {
    name: "api",
    limits: %{"port" => 8080, "workers" => 4, "backlog" => 0},
    labels: %{"env" => ["prod", "eu"], "empty" => []},
    owners: %{"db" => Some("ops"), "cache" => None}
  }
  let text = Json.encode(c)
  println(text)
  case Config.from_json(text) do
    Ok(back) -> show(back)
    Err(e) -> println("error: ${e}")
  end

  println(JSON.encode_map(%{"b" => 2.5, "a" => 1.0}))
  println(Json.encode(%{"quote\"key" => true}))
  println(JSON.encode_map(Map.new()))

  case Config.from_json("{\"name\":\"x\",\"limits\":{\"a\":1,\"b\":\"two\"},\"labels\":{},\"owners\":{}}") do
    Ok(_) -> println("unexpected")
    Err(e) -> println(e)
  end
  case Config.from_json("{\"name\":\"x\",\"limits\":[],\"labels\":{},\"owners\":{}}") do
    Ok(_) -> println("unexpected")
    Err(e) -> println(e)
  end
end
