# expect-error: E0029
# expect-text: the struct option `table` needs `deriving(Schema)`
# Table options only mean something to deriving(Schema).

struct User do
  table "people"
  name :: String
end deriving(Eq)

fn main() do
  println("unreachable")
end
