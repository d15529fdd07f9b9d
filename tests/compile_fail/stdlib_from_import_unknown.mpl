# expect-error: E0034
# expect-error: E0004
# expect-text: module `String` has no `lenght`
# expect-text: did you mean `length`?
# `from String import` a name the String module does not have.
from String import lenght

fn main() do
  println("${lenght("abc")}")
end
