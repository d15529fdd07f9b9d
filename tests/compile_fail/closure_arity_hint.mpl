# expect-error: E0001
# expect-text: this function takes 2 arguments, but one taking 1 argument is needed here
# A closure of the wrong arity passed to a library function says how many parameters it needs.

fn main() do
  let xs = [1, 2, 3]
  let ys = List.map(xs, fn(a, b) -> a + b end)
  println("${ys}")
end
