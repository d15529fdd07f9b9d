# expect-error: E0042
# expect-text: `I` has no associated type `Item`: its bounds declare none
# expect-text: `where I: Iterator` gives `I.Item`
# `I.Item` names an associated type of one of I's bounds; without a bound there is none.
fn first<I>(it :: I) -> Option<I.Item> do
  None
end

fn main() do
  println("unreachable")
end
