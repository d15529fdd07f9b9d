# expect-error: E0012
# expect-text: this `case` has no arms
# A `case` with no arms matches nothing: it is an error, not a program that compiles.

fn main() do
  let n = 1
  case n do
  end
  println("after")
end
