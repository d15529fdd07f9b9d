# expect-error: E0032
# expect-text: closure
# break cannot jump out of a closure to the loop around it.

fn main() do
  let xs = for x in [1, 2, 3] do
    let f = fn y -> if y > 1 do break end end
    x
  end
  println("${xs}")
end
