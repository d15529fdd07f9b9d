# expect-error: E0006
# expect-text: `Math.max`, which takes a number (Int or Float), is not defined for String
# Math.abs/min/max take Int or Float only.

fn main() do
  println(Math.max("apple", "pear"))
end
