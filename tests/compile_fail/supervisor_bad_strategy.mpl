# expect-error: E0019
# expect-error: E0019
# expect-error: E0019
# expect-error: E0019
# expect-text: invalid supervisor strategy: `one_for_some`
# expect-text: did you mean `one_for_one`?
# expect-text: invalid `max_restarts`
# expect-text: unknown supervisor option `max_second`
# expect-text: not a simple_one_for_one supervisor
# The strategy must be one of the four OTP strategies, the intensity whole numbers,
# and start_child exists only for simple_one_for_one supervisors.

actor worker() do
  receive do
    _ -> println("got one")
  end
end

supervisor Bad do
  strategy: one_for_some
  max_restarts: -1
  max_second: 5

  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  let sup = spawn(Bad)
  Bad.start_child(sup)
end
