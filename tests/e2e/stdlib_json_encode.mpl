# Encoding single values: JSON.encode_int/encode_string/encode_bool/encode_list, and
# Json.encode on values of the built-in types.

fn main() do
  println(JSON.encode_int(42))
  println(JSON.encode_int(-7))
  println(JSON.encode_bool(true))
  println(JSON.encode_bool(false))
  println(JSON.encode_string("hello"))
  println(JSON.encode_string("tab\tquote\"back\\slash\0nul\rcr\n"))
  println(JSON.encode_string("emoji 🎉 and ü stay as they are"))
  println(JSON.encode_list([1, 2, 3]))
  println(JSON.encode_list(["x", "y"]))
  println(JSON.encode_list([[1.5], []]))
  println(Json.encode(3.25))
  println(Json.encode(-1.0))
  println(Json.encode(1.0 / 3.0))
  println(Json.encode(""))
  println(Json.encode([Some("a"), None]))
  println(json_encode_int(5) <> json_encode_bool(false) <> json_encode_string("!"))
end
