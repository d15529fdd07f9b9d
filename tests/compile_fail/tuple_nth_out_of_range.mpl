# expect-error: E0001
# expect-text: index 3 is out of range for a tuple of 3 elements
# Tuple.nth with a literal index is checked against the tuple's size.

fn main() do
  let t = (1, "two", 3.0)
  println("${Tuple.nth(t, 3)}")
end
