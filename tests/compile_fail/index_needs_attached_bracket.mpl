# expect-error: E0208
# expect-text: found '['
# expect-text: to index, write the '[' right after the value
# `count [1, 2]` is not `count[1, 2]` nor a call: a `[` after a space starts a new list.
fn count(xs :: List<Int>) -> Int = List.length(xs)

fn main() do
  let n = count [1, 2]
  println("${n}")
end
