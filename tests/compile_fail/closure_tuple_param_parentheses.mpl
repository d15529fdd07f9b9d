# expect-error: E0003
# expect-text: this closure takes 2 parameters, but it is called with one argument
# expect-text: fn ((_, qty)) -> ... end
# `fn (a, b) -> ... end` is a closure of two parameters; a pair is taken apart with `fn ((a, b)) -> ... end`.
fn main() do
  let stock = [("apple", 3), ("pear", 0)]
  let empty = List.filter(stock, fn (_, qty) -> qty == 0 end)
  println("${empty}")
end
