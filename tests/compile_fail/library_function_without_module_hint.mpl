# expect-error: E0004
# expect-text: `length` is a function of List
# expect-text: call it with its module, e.g. `List.length(...)`
# A library function named without its module says which modules have it.

fn main() do
  let xs = [1, 2]
  let n = xs |> length
  println("${n}")
end
