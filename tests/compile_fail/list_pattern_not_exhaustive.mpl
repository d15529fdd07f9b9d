# expect-error: E0012
# expect-text: `_ :: _ :: _` not covered
# List patterns have exact lengths: [] and [x] leave lists of two or more items uncovered.
fn first_or_zero(xs :: List<Int>) -> Int do
  case xs do
    [] -> 0
    [x] -> x
  end
end

fn main() do
  println("${first_or_zero([1])}")
end
