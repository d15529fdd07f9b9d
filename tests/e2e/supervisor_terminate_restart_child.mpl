# Supervisor.terminate_child(sup, id) stops a child as the supervisor would at shutdown
# (its `shutdown:` spec: a shutdown signal then a kill after the timeout, brutal_kill, or
# infinity). That is not a crash: the child is not restarted and the restart intensity is
# untouched. Its spec stays until Supervisor.restart_child(sup, id) starts it again or
# Supervisor.delete_child(sup, id) removes it. Failures are Err values, as Erlang's
# {error, Why}: "not_found", "running", "simple_one_for_one", "noproc".

actor polite(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  receive do
    Exit(_, reason) -> println("${name} got ${reason}, cleaning up")
    "crash" -> Process.exit(self(), Custom("${name} crashed"))
  end
end

actor stubborn(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  ignore(name)
end

fn ignore(name :: String) do
  receive do
    Exit(_, reason) -> ignore_again(name, reason)
  end
end

fn ignore_again(name :: String, reason :: ExitReason) do
  println("${name} got ${reason} and ignores it")
  ignore(name)
end

supervisor Crew do
  strategy: one_for_one
  max_restarts: 1
  max_seconds: 60

  child nice do
    start: fn -> spawn(polite, "nice") end
    shutdown: 5000
  end

  child slow do
    start: fn -> spawn(stubborn, "slow") end
    shutdown: 100
  end

  child brute do
    start: fn -> spawn(polite, "brute") end
    shutdown: brutal_kill
  end

  child once do
    start: fn -> spawn(polite, "once") end
    restart: temporary
  end
end

actor quiet(name :: String) do
  receive do
    "crash" -> Process.exit(self(), Custom("${name} crashed"))
  end
end

supervisor Racers do
  strategy: one_for_one
  max_restarts: 10

  child racer do
    start: fn -> spawn(quiet, "racer") end
  end
end

supervisor Workers do
  strategy: simple_one_for_one

  child job do
    start: fn(name) -> spawn(polite, name) end
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

fn status(sup) -> String do
  let ids = List.map(Supervisor.which_children(sup), fn(child) -> describe(child) end)
  "${String.join(ids, " ")} (running: ${Supervisor.count_children(sup).active})"
end

fn describe(child) -> String do
  case child do
    (id, Some(_)) -> id
    (id, None) -> "(${id})"
  end
end

fn outcome(result) -> String do
  case result do
    Ok(_) -> "ok"
    Err(why) -> "error ${why}"
  end
end

fn stop(sup, id :: String) do
  let ref = Process.monitor(Process.whereis(id))
  println("terminate ${id}: ${outcome(Supervisor.terminate_child(sup, id))}")
  println("  ${id} exited: ${wait_down(ref)}; children: ${status(sup)}")
end

fn main() do
  Process.register("main", self())
  let crew = spawn(Crew)
  report()
  report()
  report()
  report()
  println("children: ${status(crew)}")

  # the three shutdown kinds; terminate_child returns once the child is gone
  stop(crew, "nice")
  stop(crew, "slow")
  stop(crew, "brute")

  # not restarted by itself: only restart_child starts it again, under the same id
  println("restart nice: ${outcome(Supervisor.restart_child(crew, "nice"))}")
  report()
  println("restart nice again: ${outcome(Supervisor.restart_child(crew, "nice"))}")
  println("delete nice: ${outcome(Supervisor.delete_child(crew, "nice"))}")
  println("restart ghost: ${outcome(Supervisor.restart_child(crew, "ghost"))}")
  println("terminate ghost: ${outcome(Supervisor.terminate_child(crew, "ghost"))}")

  # terminating and restarting many times is no crash: max_restarts is 1 and the
  # supervisor is still there, and one real crash is still allowed
  stop(crew, "nice")
  println("restart nice: ${outcome(Supervisor.restart_child(crew, "nice"))}")
  report()
  stop(crew, "nice")
  println("restart nice: ${outcome(Supervisor.restart_child(crew, "nice"))}")
  report()
  send(Process.whereis("nice"), "crash")
  report()
  println("after a crash: ${status(crew)}")

  # a temporary child's spec goes when it is terminated
  stop(crew, "once")
  println("restart once: ${outcome(Supervisor.restart_child(crew, "once"))}")

  # delete_child removes a stopped spec for good
  println("delete slow: ${outcome(Supervisor.delete_child(crew, "slow"))}")
  println("restart slow: ${outcome(Supervisor.restart_child(crew, "slow"))}")
  println("children: ${status(crew)}")

  # a crash racing terminate_child: either way the child stays down (the supervisor
  # serves one after the other; a crash it has not handled yet is dropped)
  let racers = spawn(Racers)
  case List.head(Supervisor.which_children(racers)) do
    (_, Some(racer)) -> send(racer, "crash")
    (_, None) -> println("racer is not running?")
  end
  println("terminate racer: ${outcome(Supervisor.terminate_child(racers, "racer"))}")
  println("racers: ${status(racers)}")

  # simple_one_for_one: children are named after the template; terminating one removes it
  let pool = spawn(Workers)
  Workers.start_child(pool, "first")
  report()
  Workers.start_child(pool, "second")
  report()
  println("pool: ${status(pool)}")
  println("terminate job_1: ${outcome(Supervisor.terminate_child(pool, "job_1"))}")
  println("restart job_2: ${outcome(Supervisor.restart_child(pool, "job_2"))}")
  println("delete job_2: ${outcome(Supervisor.delete_child(pool, "job_2"))}")
  println("restart job_1: ${outcome(Supervisor.restart_child(pool, "job_1"))}")
  println("pool: ${status(pool)}")

  # a supervisor that is not running
  let ref = Process.monitor(pool)
  Process.exit(pool, Shutdown)
  wait_down(ref)
  println("terminate on a stopped supervisor: ${outcome(Supervisor.terminate_child(pool, "job_2"))}")
end
