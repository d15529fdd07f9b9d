# expect-error: E0200
# expect-text: '::' after an as-pattern
# expect-text: (Num(_) as t) :: rest
# `as` names the whole pattern before it (as in OCaml and F#), so `Num(_) as t :: rest` cannot
# mean "the head is a Num, call it t": one error with the parenthesised spelling as the hint.
type Token do
  Num(Int)
  Plus
end

fn first_number(tokens :: List<Token>) -> Int do
  case tokens do
    Num(_) as t :: rest -> 1
    _ -> 0
  end
end

fn main() do
  println("${first_number([Num(1)])}")
end
