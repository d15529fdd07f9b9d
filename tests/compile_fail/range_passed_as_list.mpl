# A Range where a List is expected: the hint shows the conversion.
# expect-error: E0001
# expect-text: Range.to_list
fn main() do
  let total = List.reduce(1..10, 0, fn acc, i -> acc + i end)
  println("${total}")
end
