# expect-error: E0030
# expect-error: E0030
# expect-text: `User` has no schema function `__tables__`
# expect-text: did you mean `__table__`?
# expect-text: `User` has no schema function `__email_col__`
# Schema functions are a fixed set plus one column accessor per field.

struct User do
  id :: Int
  name :: String
end deriving(Schema)

fn main() do
  println(User.__tables__())
  println(User.__email_col__())
end
