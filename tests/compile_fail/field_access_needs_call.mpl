# expect-error: E0009
# expect-text: `length` is a function of List: call it, `.length()`
fn main() do
  let xs = [1, 2, 3]
  println("${xs.length}")
end
