# expect-error: E0043
# expect-error: E0005
# expect-error: E0014
# expect-text: `Sup` is a supervisor, not a function
# expect-text: spawn(Sup)
# expect-text: child `w` is defined twice
# A supervisor is started with spawn, not called; its pid accepts no messages;
# child ids are unique.

actor worker() do
  receive do
    _ -> println("got one")
  end
end

supervisor Sup do
  child w do
    start: fn -> spawn(worker) end
  end

  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  Sup()
  let sup = spawn(Sup)
  send(sup, "hello")
end
