# expect-error: E0200
# expect-text: expected '->' or 'do' after the closure parameters
# expect-text: a closure is written `fn(x) -> x * 2 end`
# A closure without its arrow is one error: its body and `end` are still read as the closure's.

fn main() do
  let xs = List.map([1, 2], fn(x) x * 2 end)
  println("${xs}")
end
