# A `Pid<Team>` annotation on a Process.whereis result promises a Team supervisor. Every
# supervisor process carries the name of its definition, and each Supervisor function checks
# it: a pid of another kind of supervisor gets Err("wrong_supervisor") at once (which_children
# and count_children panic), and the supervisor it names is left untouched.

actor worker(name :: String) do
  receive do
    _ -> println("${name} done")
  end
end

supervisor Team do
  child t do
    start: fn -> spawn(worker, "t") end
  end
end

supervisor Crew do
  name: "crew"
  child c do
    start: fn -> spawn(worker, "c") end
  end
end

supervisor Pool do
  strategy: simple_one_for_one
  child job do
    start: fn(name) -> spawn(worker, name) end
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

# asks once main has monitored it
actor ask(sup :: Pid<Team>) do
  receive do
    "go" -> Supervisor.count_children(sup)
  end
  println("never")
end

fn main() do
  let team = spawn(Team)
  let crew = spawn(Crew)
  # answered once the crew runs its loop: it has registered its name by then
  println("crew children: ${List.length(Supervisor.which_children(crew))}")
  let wrong :: Pid<Team> = Process.whereis("crew")
  println("terminate: ${Supervisor.terminate_child(wrong, "c")}")
  println("restart: ${Supervisor.restart_child(wrong, "c")}")
  println("delete: ${Supervisor.delete_child(wrong, "c")}")
  println("get_childspec: ${Supervisor.get_childspec(wrong, "c")}")
  println("start_child: ${Supervisor.start_child(wrong, Supervisor.child("x", fn -> spawn(worker, "x") end))}")
  let pool :: Pid<Pool> = Process.whereis("crew")
  println("pool start_child: ${Pool.start_child(pool, "y")}")
  let asker_pid = spawn(ask, wrong)
  let asker = Process.monitor(asker_pid)
  send(asker_pid, "go")
  println("asker exited: ${wait_down(asker)}")

  # the right type works, and the crew was not touched
  let named :: Pid<Crew> = Process.whereis("crew")
  println("crew children: ${List.length(Supervisor.which_children(named))}, crew count: ${Supervisor.count_children(named).active}")
  println("team children: ${List.length(Supervisor.which_children(team))}")
end
