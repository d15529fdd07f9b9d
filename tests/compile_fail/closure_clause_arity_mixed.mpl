# expect-error: E0024
# expect-text: every clause of this closure must take 2 parameters
# A multi-clause closure whose clauses take different numbers of parameters.

fn main() do
  let both_zero = fn 0, 0 -> true | x -> false end
  println("${both_zero(0, 0)}")
end
