# expect-error: E0001
# expect-text: tuple pattern
# A tuple pattern with the wrong number of elements is one type error, with no
# follow-on exhaustiveness error or warning.

fn both(p :: (Bool, Bool)) -> String do
  case p do
    (true, _) -> "first"
    (false, e, true) -> "second"
  end
end

fn main() do
  println(both((true, false)))
end
