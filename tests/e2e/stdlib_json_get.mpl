# Json.get and Json.get_nested read one value out of JSON text as a String: a string's
# contents, a number as written, true/false, an array or object as compact JSON.
# Null, a missing key, a value that is not an object and text that is not JSON give "".

fn show(label :: String, value :: String) do
  println("${label}: [${value}]")
end

fn main() do
  let body = """{"user": "ada", "id": 42, "ratio": 0.50, "admin": false, "note": null,
    "tags": ["a", "b"], "filters": {"level": "error", "limit": 10, "deep": {"x": 1}},
    "quote": "say \\"hi\\"\\n", "user": "grace"}"""
  show("user (the last duplicate wins)", Json.get(body, "user"))
  show("id", Json.get(body, "id"))
  show("ratio", Json.get(body, "ratio"))
  show("admin", Json.get(body, "admin"))
  show("note", Json.get(body, "note"))
  show("tags", Json.get(body, "tags"))
  show("filters", Json.get(body, "filters"))
  show("quote", Json.get(body, "quote"))
  show("missing", Json.get(body, "nope"))
  show("level", Json.get_nested(body, "filters", "level"))
  show("limit", Json.get_nested(body, "filters", "limit"))
  show("deep", Json.get_nested(body, "filters", "deep"))
  show("inner missing", Json.get_nested(body, "filters", "nope"))
  show("outer not an object", Json.get_nested(body, "user", "level"))
  show("outer missing", Json.get_nested(body, "nope", "level"))
  show("not an object", Json.get("[1, 2]", "0"))
  show("not JSON", Json.get("{\"user\": ", "user"))
  show("empty", Json.get("", "user"))
  show("flat alias", json_get("{\"k\": \"v\"}", "k"))
end
