# expect-error: E0004
# expect-text: is defined in terms of itself
let a = b + 1
let b = a * 2

fn main() do
  println("${a}")
end
