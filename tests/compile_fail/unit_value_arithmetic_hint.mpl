# expect-error: E0006
# expect-text: `+` is not defined for ()
# expect-text: `()` is the value of an `if` without `else`
# An `if` without `else` has no value; arithmetic on it says why.

fn main() do
  let bonus = if true do 1 end
  println("${bonus + 1}")
end
