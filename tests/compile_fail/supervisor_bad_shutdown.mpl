# expect-error: E0021
# expect-error: E0021
# expect-text: invalid shutdown for child `w`: `soon`
# expect-text: brutal_kill
# expect-text: invalid shutdown for child `v`: `-5`
# A shutdown is a number of milliseconds or brutal_kill.

actor worker() do
  receive do
    _ -> println("got one")
  end
end

supervisor Bad do
  child w do
    start: fn -> spawn(worker) end
    shutdown: soon
  end

  child v do
    start: fn -> spawn(worker) end
    shutdown: -5
  end
end

fn main() do
  spawn(Bad)
end
