# expect-error: E0004
# expect-error: E0004
# expect-error: E0004
# expect-text: did you mean `Int`?
# expect-text: did you mean `Bool`?
# expect-text: did you mean `String`?
# Type names from other languages (Integer, Boolean, lower-case string) suggest Mesh's.

fn check(n :: Integer, flag :: Boolean) -> string = "${n} ${flag}"

fn main() do
  println(check(1, true))
end
