# expect-error: E0209
# expect-error: E0209
# expect-error: E0209
# expect-text: 'after' is a keyword and cannot be used as a name
# expect-text: choose another name, such as `after_`
# A keyword where a name goes is reported at each place, without a cascade of errors on later lines.
fn split_at(xs :: List<Int>, n :: Int) -> (List<Int>, List<Int>) = (List.take(xs, n), List.drop(xs, n))

fn main() do
  let (before, after) = split_at([1, 2, 3], 1)
  println("${before} ${List.length(after)}")
  case after do
    [] -> println("empty")
    _ -> println("more")
  end
end
