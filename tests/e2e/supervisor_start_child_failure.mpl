# A child whose start fails makes Supervisor.start_child return Err(reason), OTP's
# {error, Reason}: the supervisor stays up, keeps nothing of that child (its id is free again),
# and the failure is no restart (it does not count toward max_restarts). A start fails when the
# start function panics before it returns the pid, or when the child exits (with any reason but
# normal) before it acknowledges its start, at its first receive wait, sleep or preemption. A
# child that returns normally in its first slice did its work: it started. The same holds for a
# simple_one_for_one template and for restart_child.

actor worker(name :: String) do
  Process.register(name, self())
  receive do
    _ -> println("${name} done")
  end
end

# crashes before its first receive: OTP's crash in init
actor failing(why :: String) do
  Process.exit(self(), Custom(why))
end

# takes a name first: fails to start while the name is taken
actor gated(name :: String) do
  if Process.register(name, self()) != 0 do
    Process.exit(self(), Custom("the name ${name} is taken"))
  end
  receive do
    _ -> println("${name} done")
  end
end

# ends normally before its first receive: a child that did its work
actor one_shot() do
  println("one_shot ran")
end

fn broken_start(limit :: Int) -> Pid<String> do
  if limit < 1 do
    panic("no capacity")
  else
    spawn(worker, "never")
  end
end

supervisor Team do
  strategy: one_for_one
  max_restarts: 0
  max_seconds: 5

  child base do
    start: fn -> spawn(worker, "base") end
  end
end

supervisor Pool do
  strategy: simple_one_for_one

  child job do
    start: fn(why) -> spawn(failing, why) end
  end
end

fn outcome(result) -> String do
  case result do
    Ok(_) -> "ok"
    Err(why) -> "error ${why}"
  end
end

fn show(sup) do
  let shown = List.map(Supervisor.which_children(sup), fn(child) -> describe(child) end)
  let counts = Supervisor.count_children(sup)
  println("children: ${String.join(shown, ", ")} (specs ${counts.specs}, active ${counts.active})")
end

fn describe(child) -> String do
  case child do
    (id, Some(_)) -> "${id} running"
    (id, None) -> "${id} stopped"
  end
end

fn main() do
  let team = spawn(Team)
  let capacity = 0

  # the start function panics in the supervisor, before it returns a pid
  println("panicking start: ${outcome(Supervisor.start_child(team, Supervisor.child("broken", fn -> broken_start(capacity) end)))}")
  show(team)

  # the child exits before it acknowledges its start
  println("failing child: ${outcome(Supervisor.start_child(team, Supervisor.child("failing", fn -> spawn(failing, "bad config") end)))}")
  show(team)

  # max_restarts is 0: had either failure counted as a restart, the supervisor would be gone;
  # and the ids are free again
  println("same id, working start: ${outcome(Supervisor.start_child(team, Supervisor.child("failing", fn -> spawn(worker, "fixed") end)))}")
  show(team)

  # a normal end in the first slice is a start (a temporary child is then forgotten)
  println("one_shot: ${outcome(Supervisor.start_child(team, Supervisor.child("one_shot", fn -> spawn(one_shot) end, restart: temporary)))}")

  # restart_child of a child whose start now fails: Err, the spec stays, not running
  println("gated: ${outcome(Supervisor.start_child(team, Supervisor.child("gated", fn -> spawn(gated, "gate") end)))}")
  println("terminate gated: ${outcome(Supervisor.terminate_child(team, "gated"))}")
  Process.register("gate", self())
  println("restart gated: ${outcome(Supervisor.restart_child(team, "gated"))}")
  show(team)
  Process.unregister("gate")
  println("restart gated again: ${outcome(Supervisor.restart_child(team, "gated"))}")
  show(team)

  # simple_one_for_one: the template's start fails
  let pool = spawn(Pool)
  println("pool: ${outcome(Pool.start_child(pool, "no database"))}")
  println("pool children: ${List.length(Supervisor.which_children(pool))}")
  show(team)
end
