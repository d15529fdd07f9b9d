# Supervisor.start_child(sup, spec) adds a child to a running one_for_one supervisor (OTP's
# start_child/2 with a child spec). `Supervisor.child(id, start, restart:, shutdown:)` builds
# the spec with the options and defaults of a `child` block; the start function's captures are
# copied to the supervisor, which starts (and restarts) the child with them. From then on the
# child is like a declared one: restarted by its restart type, listed by which_children,
# stopped, restarted and deleted by id. An id in use is refused as OTP does.

actor worker(name :: String, greeting :: String) do
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started (${greeting})")
  serve(name)
end

fn serve(name :: String) do
  receive do
    "crash" -> Process.exit(self(), Custom("${name} crashed"))
    "finish" -> println("${name} finishes")
    _ -> serve(name)
  end
end

# a named function as a start function (no captures)
fn start_audit() do
  spawn(worker, "audit", "named start function")
end

supervisor Team do
  strategy: one_for_one
  max_restarts: 10
  max_seconds: 5

  child base do
    start: fn -> spawn(worker, "base", "declared") end
  end
end

supervisor Pool do
  strategy: simple_one_for_one

  child job do
    start: fn(name) -> spawn(worker, name, "template") end
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn show(sup) do
  let shown = List.map(Supervisor.which_children(sup), fn(child) -> describe(child) end)
  println("children: ${String.join(shown, ", ")}")
end

fn describe(child) -> String do
  case child do
    (id, Some(_)) -> "${id} running"
    (id, None) -> "${id} stopped"
  end
end

fn outcome(result) -> String do
  case result do
    Ok(_) -> "ok"
    Err(why) -> "error ${why}"
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

# start_child works from any process, not only the supervisor's parent
actor helper(team, parent :: Pid<String>) do
  let suffix = "from a helper actor"
  let result = Supervisor.start_child(team, Supervisor.child("helper_made", fn -> spawn(worker, "helper_made", suffix) end, restart: temporary))
  send(parent, "helper: ${outcome(result)}")
end

fn main() do
  Process.register("main", self())
  let team = spawn(Team)
  report()

  # values computed at run time are captured: the id and the greeting
  let greeting = "built at run time"
  let id = "ca" <> "che"
  let cache = Supervisor.child(id, fn -> spawn(worker, id, greeting) end, restart: transient, shutdown: 2000)
  let started = Supervisor.start_child(team, cache)
  report()
  case started do
    Ok(pid) -> println("cache pid is the registered one: ${pid == Process.whereis("cache")}")
    Err(why) -> println("cache: ${why}")
  end
  println("audit: ${outcome(Supervisor.start_child(team, Supervisor.child("audit", start_audit)))}")
  report()
  show(team)

  # the same id again: OTP's already_started while it runs
  println("cache again: ${outcome(Supervisor.start_child(team, cache))}")

  # a crash restarts it with the captured values (permanent and transient children)
  send(Process.whereis("cache"), "crash")
  report()
  send(Process.whereis("audit"), "crash")
  report()

  # transient: a normal exit is not restarted; the spec stays, so the id is already_present
  let cache_ref = Process.monitor(Process.whereis("cache"))
  send(Process.whereis("cache"), "finish")
  println("cache exited: ${wait_down(cache_ref)}")
  show(team)
  println("cache again: ${outcome(Supervisor.start_child(team, cache))}")

  # restart_child, terminate_child and delete_child treat it as any child
  println("restart cache: ${outcome(Supervisor.restart_child(team, "cache"))}")
  report()
  println("terminate audit: ${outcome(Supervisor.terminate_child(team, "audit"))}")
  println("delete audit: ${outcome(Supervisor.delete_child(team, "audit"))}")
  show(team)
  println("audit once more: ${outcome(Supervisor.start_child(team, Supervisor.child("audit", start_audit)))}")
  report()

  # a temporary child started by another actor; when it ends it is forgotten
  spawn(helper, team, self())
  report()
  report()
  show(team)
  let made = Process.monitor(Process.whereis("helper_made"))
  send(Process.whereis("helper_made"), "crash")
  println("helper_made exited: ${wait_down(made)}")
  show(team)

  # a simple_one_for_one supervisor takes arguments for its template, not specs
  let pool = spawn(Pool)
  println("spec to a pool: ${outcome(Supervisor.start_child(pool, Supervisor.child("x", start_audit)))}")

  # a stopped supervisor: noproc
  let team_ref = Process.monitor(team)
  Process.exit(team, Shutdown)
  println("team exited: ${wait_down(team_ref)}")
  println("after the end: ${outcome(Supervisor.start_child(team, cache))}")
end
