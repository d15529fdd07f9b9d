# expect-error: E0012
# expect-error: E0012
# expect-text: missing `None`
# expect-text: missing `(false, false)`
# Two non-exhaustive cases: an Option whose None arm is missing (a guarded
# arm does not help), and a pair of Bools where one combination is missing.

fn unwrap_or_zero(o :: Int?) -> Int do
  case o do
    Some(n) when n > 0 -> n
    Some(_) -> 0
  end
end

fn both(p :: (Bool, Bool)) -> String do
  case p do
    (true, _) -> "first"
    (false, true) -> "second"
  end
end

fn main() do
  println("${unwrap_or_zero(Some(1))} ${both((true, false))}")
end
