# expect-error: E0006
# expect-text: Set.from_list
# Set elements are compared and hashed, so their type needs equality.

fn main() do
  let s = Set.from_list([fn -> 1 end])
  println("${Set.size(s)}")
end
