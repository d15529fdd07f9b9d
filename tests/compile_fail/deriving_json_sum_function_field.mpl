# expect-error: E0038
# expect-error: E0038
# expect-text: field 1 of variant `Call` has type Fun(Int) -> Int
# expect-text: field `key` of variant `Lookup` has type List<(Int, Int)>
# expect-text: tuples have no JSON form
# Every variant's fields must convert to JSON: functions and tuples cannot.

type Action do
  Call(Fun(Int) -> Int)
  Lookup(key :: List<(Int, Int)>)
  Nothing
end deriving(Json)

fn main() do
  println("unreachable")
end
