# A List.sort comparator must return an Int or an Ordering.
# expect-error: E0001
# expect-text: comparator
# expect-text: Ordering
fn main() do
  let sorted = List.sort([2, 1], fn a, b -> a < b end)
  println("${sorted}")
end
