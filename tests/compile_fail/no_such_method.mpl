# expect-error: E0030
# expect-text: lenght
# A method that the receiver's module does not have, with a suggestion.

fn main() do
  let s = "hello"
  println("${s.lenght()}")
end
