# expect-error: E0016
# expect-text: spawn
# spawn needs the name of an actor or function.

fn main() do
  let p = spawn(42)
  println("x")
end
