# expect-error: E0028
# expect-text: cannot derive `Schema` for the sum type `Status`
# Schema describes a table, so only structs derive it.

type Status do
  Active
  Banned(String)
end deriving(Schema)

fn main() do
  println("unreachable")
end
