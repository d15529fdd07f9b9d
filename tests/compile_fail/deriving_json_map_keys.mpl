# expect-error: E0038
# expect-error: E0006
# expect-text: its field `by_id` has type Map<Int, String>, which cannot be converted to JSON
# expect-text: JSON object keys are strings, not Int
# expect-text: Map<Bool, Int> cannot be converted to JSON
# Maps convert to JSON objects only when their keys are Strings.

struct Index do
  by_id :: Map<Int, String>
end deriving(Json)

fn main() do
  println(Json.encode(%{true => 1}))
end
