# expect-error: E0018
# expect-error: E0018
# expect-error: E0018
# expect-text: must return a Pid, but it returns Int
# expect-text: must take no arguments
# expect-text: has no `start:` function
# A child's start function must return the Pid of the process it started, take no
# arguments (only simple_one_for_one templates do), and be there at all.

actor worker() do
  receive do
    _ -> println("got one")
  end
end

supervisor Bad do
  child numbers do
    start: fn -> 42 end
  end

  child with_args do
    start: fn(n) -> spawn(worker) end
  end

  child missing do
    restart: permanent
  end
end

fn main() do
  spawn(Bad)
end
