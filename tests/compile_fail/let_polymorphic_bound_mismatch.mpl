# expect-error: E0006
# expect-text: `+` in `add` is not defined for String
# expect-text: use `<>` to join strings
# A generalised closure keeps what its body requires of its parameters: `+` is
# fine at Int, and reported where `add` is used with Strings.

fn main() do
  let add = fn a, b -> a + b end
  println("${add(1, 2)}")
  println(add("x", "y"))
end
