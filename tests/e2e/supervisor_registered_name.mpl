# A supervisor found by name. `name: "..."` in a supervisor block registers it under that
# name as it starts (OTP's {local, Name}), before its children; a restarted supervisor
# registers again. `Process.register` works on a supervisor pid too. Process.whereis can name
# any process, so the pid's type says which supervisor it is: `Pid<Team>`.

actor worker(name :: String) do
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  receive do
    _ -> println("${name} stops")
  end
end

supervisor Team do
  strategy: one_for_one
  name: "team"

  child member do
    start: fn -> spawn(worker, "member") end
  end
end

supervisor Crew do
  child hand do
    start: fn -> spawn(worker, "hand") end
  end
end

supervisor Top do
  child team do
    start: fn -> spawn(Team) end
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn ids(sup :: Pid<Team>) -> String do
  let children = Supervisor.which_children(sup)
  String.join(List.map(children, fn(child) -> case child do
    (id, Some(_)) -> "${id} running"
    (id, None) -> "${id} stopped"
  end end), ", ")
end

fn main() do
  Process.register("main", self())
  let top = spawn(Top)
  report()
  let team :: Pid<Team> = Process.whereis("team")
  println("team children: ${ids(team)}")

  # the named supervisor crashes; its parent restarts it and it registers again
  let ref = Process.monitor(team)
  Process.exit(team, Custom("boom"))
  println("team exited: ${wait_down(ref)}")
  report()
  let again :: Pid<Team> = Process.whereis("team")
  println("registered again under a new pid: ${again != team}")
  println("team children: ${ids(again)}")

  # a second Team cannot take the name: it stops without starting anything
  let second = spawn(Team)
  let second_ref = Process.monitor(second)
  println("second team exited: ${wait_down(second_ref)}")

  # Process.register on a supervisor pid
  let crew = spawn(Crew)
  report()
  Process.register("crew", crew)
  let found :: Pid<Crew> = Process.whereis("crew")
  println("crew found: ${found == crew}, ${Supervisor.count_children(found).active} running")
  let top_ref = Process.monitor(top)
  Process.exit(top, Shutdown)
  println("top exited: ${wait_down(top_ref)}")
  println("team still registered: ${Process.whereis("team") != Process.whereis("nobody")}")
end
