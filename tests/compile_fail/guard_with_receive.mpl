# expect-error: E0013
# expect-text: `receive` is not allowed in a guard
# Waiting for a message while deciding whether an arm matches is rejected.

fn main() do
  let n = 3
  let r = case n do
    k when receive do
      m -> m == k
    end -> "got it"
    _ -> "no"
  end
  println(r)
end
