# expect-error: E0001
# expect-text: the `Item` of Iter<String> is String, but Int is needed here
# `total` adds its items as Ints, so an iterator of Strings cannot be given to it.
fn total<I>(it :: I) -> Int where I: Iterator do
  case it.next() do
    Some((x, rest)) -> x + total(rest)
    None -> 0
  end
end

fn main() do
  println("${total(Iter.from(["a", "b"]))}")
end
