# JSON.parse gives an opaque Json value (or Err with the reason). JSON.encode writes it back
# compactly; it prints, compares, travels in messages and can be a field of a type deriving Json.

struct Envelope do
  kind :: String
  payload :: Json
end deriving(Json)

actor echo() do
  receive do
    doc -> println("actor got ${JSON.encode(doc)}")
  end
end

fn try_parse(text :: String) do
  case JSON.parse(text) do
    Ok(doc) -> println("ok ${JSON.encode(doc)}")
    Err(e) -> println("err ${e}")
  end
end

fn wrap(doc :: Json) do
  let text = Json.encode(Envelope { kind: "user", payload: doc })
  println(text)
  case Envelope.from_json(text) do
    Ok(env) -> println("${env.kind}: ${env.payload}")
    Err(e) -> println("err ${e}")
  end
end

fn main() do
  try_parse("  {\"b\": [1, 2.50, -3e2], \"a\": {\"x\": null, \"y\": true}, \"s\": \"caf\\u00e9 \\\"q\\\"\"}  ")
  try_parse("[]")
  try_parse("\"just a string\"")
  try_parse("-0.5")
  try_parse("[1, 2")
  try_parse("{\"a\" 1}")
  try_parse("[\"tab\there\"]")
  try_parse("NaN")

  # The same document written differently parses to equal values.
  case (JSON.parse("{ \"k\" : [ 1 , 2 ] }"), JSON.parse("{\"k\":[1,2]}")) do
    (Ok(a), Ok(b)) -> println("equal: ${a == b}, shown as ${a}")
    _ -> println("unexpected")
  end

  # A Json field holds any JSON value.
  case JSON.parse("{\"id\": 5, \"tags\": [\"x\"]}") do
    Ok(doc) -> wrap(doc)
    Err(e) -> println("err ${e}")
  end

  case JSON.parse("{\"hello\": \"actor\"}") do
    Ok(doc) -> send(spawn(echo), doc)
    Err(e) -> println("err ${e}")
  end
end
