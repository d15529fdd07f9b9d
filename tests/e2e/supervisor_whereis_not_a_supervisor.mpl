# A `Pid<Team>` annotation on a Process.whereis result is a promise about the named process.
# When it names a process that is not a supervisor, the Supervisor functions fail at once
# (Err("not_a_supervisor"), or a panic for which_children and count_children) instead of
# waiting for an answer that would never come.

actor worker() do
  Process.register("plain", self())
  receive do
    _ -> println("worker done")
  end
end

supervisor Team do
  child w do
    start: fn -> spawn(worker) end
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

actor ask(sup :: Pid<Team>) do
  println("asking")
  Supervisor.which_children(sup)
  println("never")
end

fn main() do
  let team = spawn(Team)
  println("children: ${List.length(Supervisor.which_children(team))}")
  let wrong :: Pid<Team> = Process.whereis("plain")
  println("terminate: ${Supervisor.terminate_child(wrong, "w")}")
  println("start_child: ${Supervisor.start_child(wrong, Supervisor.child("x", fn -> spawn(worker) end))}")
  let asker = Process.monitor(spawn(ask, wrong))
  println("asker exited: ${wait_down(asker)}")
end
