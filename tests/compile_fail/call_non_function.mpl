# expect-error: E0005
# expect-text: not a function
# Calling a value that is not a function.

fn main() do
  let n = 5
  println("${n(1)}")
end
