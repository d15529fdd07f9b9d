# expect-error: E0016
# expect-text: spawn worker(arg1, arg2)
# `spawn` takes the name of an actor or function, with or without parentheses.

actor worker(n :: Int) do
  println("${n}")
end

fn main() do
  let p = spawn 42
end
