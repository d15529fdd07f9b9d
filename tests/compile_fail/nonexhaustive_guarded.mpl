# expect-error: E0012
# expect-text: missing `Some(_)`
# An arm with a guard does not count towards exhaustiveness; the redundant
# last arm is only a warning and does not add to the error count.

fn positive(o :: Int?) -> Int do
  case o do
    Some(n) when n > 0 -> n
    None -> 0
    None -> 1
  end
end

fn main() do
  println("${positive(Some(3))}")
end
