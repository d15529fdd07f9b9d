# expect-error: E0042
# expect-text: `I` has no associated type `Element`
# expect-text: its bounds give `I.Item`
# Iterator declares `Item`, not `Element`.
fn count_matching<I>(it :: I, wanted :: I.Element) -> Int where I: Iterator do
  0
end

fn main() do
  println("unreachable")
end
