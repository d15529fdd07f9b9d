# expect-error: E0001
# expect-text: all arms must have the same type
# A `case` whose value is used needs one type for all arms (only a dropped value may differ).
fn main() do
  let label = case 1 do
    1 -> "one"
    _ -> 2
  end
  println(label)
end
