# Supervisor.which_children(sup) lists every child spec in start order as (id, pid):
# Some(pid) while the child runs, None when it is not running (ended and not restarted,
# or terminated). Supervisor.count_children(sup).active counts the running ones. Both are
# requests the supervisor serves itself, so they see its state between restarts.

actor worker(name :: String) do
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  work(name)
end

fn work(name :: String) do
  receive do
    "crash" -> Process.exit(self(), Custom("${name} crashed"))
    "finish" -> println("${name} finishes")
    _ -> work(name)
  end
end

supervisor Team do
  strategy: one_for_one
  max_restarts: 5
  max_seconds: 10

  child alpha do
    start: fn -> spawn(worker, "alpha") end
  end

  child beta do
    start: fn -> spawn(worker, "beta") end
    restart: transient
  end

  child gamma do
    start: fn -> spawn(worker, "gamma") end
  end
end

supervisor Workers do
  strategy: simple_one_for_one

  child job do
    start: fn(name) -> spawn(worker, name) end
    restart: transient
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn show(sup) do
  let children = Supervisor.which_children(sup)
  let shown = List.map(children, fn(child) -> describe(child) end)
  println("children: ${String.join(shown, ", ")} (running: ${Supervisor.count_children(sup).active})")
end

fn describe(child) -> String do
  case child do
    (id, Some(pid)) -> "${id} running (alive: ${Process.alive(pid)})"
    (id, None) -> "${id} not running"
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

# Erlang's which_children exits the caller when the supervisor is gone: here a panic
actor ask(sup) do
  println("asking a stopped supervisor")
  println("count: ${Supervisor.count_children(sup).active}")
end

fn main() do
  Process.register("main", self())
  let team = spawn(Team)
  report()
  report()
  report()
  show(team)

  # a permanent child that crashes is restarted: a new pid under the same id
  let old_alpha = Process.whereis("alpha")
  send(old_alpha, "crash")
  report()
  show(team)
  let new_alpha = case List.head(Supervisor.which_children(team)) do
    (_, Some(pid)) -> pid
    (_, None) -> old_alpha
  end
  println("alpha has a new pid: ${new_alpha != old_alpha}")

  # a transient child that ends normally is not restarted; its spec stays
  let beta = Process.monitor(Process.whereis("beta"))
  send(Process.whereis("beta"), "finish")
  println("beta exited: ${wait_down(beta)}")
  show(team)

  # simple_one_for_one: one entry per started child, named after the template
  let pool = spawn(Workers)
  show(pool)
  Workers.start_child(pool, "first")
  report()
  Workers.start_child(pool, "second")
  report()
  show(pool)
  let first = Process.monitor(Process.whereis("first"))
  send(Process.whereis("first"), "finish")
  println("first exited: ${wait_down(first)}")
  show(pool)

  let pool_ref = Process.monitor(pool)
  Process.exit(pool, Shutdown)
  println("pool exited: ${wait_down(pool_ref)}")
  let asker = Process.monitor(spawn(ask, pool))
  println("asker exited: ${wait_down(asker)}")
end
