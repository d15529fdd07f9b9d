# expect-error: E0006
# expect-error: E0006
# expect-text: Point cannot be converted to JSON
# expect-text: needed by `Json.encode`
# expect-text: needed by `from_json`
# Json.encode and T.from_json need the type to derive Json.

struct Point do
  x :: Int
  y :: Int
end

fn main() do
  println(Json.encode(Point { x: 1, y: 2 }))
  case Point.from_json("{}") do
    Ok(p) -> println("${p.x}")
    Err(e) -> println(e)
  end
end
