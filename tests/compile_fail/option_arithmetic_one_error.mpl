# expect-error: E0006
# expect-text: `+` is not defined for Option<Int>
# expect-text: take the value out of the Option first
# Arithmetic on an Option is one error, with a hint to unwrap it, not also a mismatch on the right side.

fn find_big(xs :: List<Int>) -> Option<Int> do
  List.find(xs, fn(x) -> x > 1 end)
end

fn main() do
  let n = find_big([1, 2]) + 1
  println("${n}")
end
