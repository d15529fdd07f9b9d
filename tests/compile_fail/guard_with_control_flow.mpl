# expect-error: E0013
# expect-error: E0013
# expect-error: E0013
# expect-text: `return` is not allowed in a guard
# expect-text: the `?` operator is not allowed in a guard
# expect-text: `break` is not allowed in a guard
# A guard only decides whether its arm is taken: it cannot leave the function
# or the loop. Arithmetic, calls and closures are fine (see tests/e2e/guards_expressions.mpl).

fn parse(s :: String) -> Option<Int> do
  case s do
    "" when return None -> Some(0)
    t when String.to_int(t)? > 0 -> String.to_int(t)
    _ -> None
  end
end

fn main() do
  for x in [1, 2] do
    case x do
      n when n > 1 and break -> n
      n -> n
    end
  end
  println("${parse("5")}")
end
