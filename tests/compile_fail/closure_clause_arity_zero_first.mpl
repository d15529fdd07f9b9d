# expect-error: E0024
# expect-error: E0024
# expect-text: every clause of this closure must take 0 parameters
# A multi-clause closure whose first clause takes no parameters and the two others take one (one
# error each; found by the mutation fuzzer: checking the later clauses' patterns crashed).

fn main() do
  let sign = fn
    () -> "zero"
    | n when n < 0 -> "neg"
    | _ -> "pos"
  end
  println("${sign()}")
end
