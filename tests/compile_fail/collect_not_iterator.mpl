# expect-error: E0001
# expect-text: argument 1 of `List.collect`
# Collectors take an iterator (Iter.from(list) makes one), not a list.

fn main() do
  let xs = List.collect([1, 2, 3])
  println("${xs}")
end
