# `List.head` returns the element itself; matching it against Some/None suggests matching the list.
# expect-error: E0001
# expect-text: List.head` returns the element itself
# expect-text: x :: rest
fn first_word(words :: List<String>) -> String do
  case List.head(words) do
    Some(w) -> w
    None -> ""
  end
end

fn main() do
  println(first_word(["a"]))
end
