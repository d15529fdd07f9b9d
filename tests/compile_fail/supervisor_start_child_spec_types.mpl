# expect-error: E0014
# expect-text: expected String for this message (the process receives another type), found Int
# Supervisor.start_child returns the pid of the spec's start function, typed: a worker that
# takes Strings is not a Pid<Int>.

actor worker() do
  receive do
    text -> println(text)
  end
end

supervisor Team do
  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  let team = spawn(Team)
  case Supervisor.start_child(team, Supervisor.child("x", fn -> spawn(worker) end)) do
    Ok(pid) -> send(pid, 42)
    Err(_) -> println("no")
  end
end
