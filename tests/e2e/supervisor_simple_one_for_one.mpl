# simple_one_for_one: the one child spec is a template whose start function takes
# arguments; the supervisor starts no child by itself. `Counters.start_child(sup, args...)`
# starts one (in the supervisor, synchronously) and returns Ok(pid) with the child's
# typed pid, or Err("noproc") when the supervisor is not running (Err(reason) when the child fails to start). A restarted child gets the
# same arguments again; the template's restart type applies to every child.

actor counter(name :: String, start :: Int) do
  send(Process.whereis("main"), "${name} started at ${start}")
  count(name, start)
end

fn count(name :: String, n :: Int) do
  receive do
    "crash" -> Process.exit(self(), Custom("${name} crashed at ${n}"))
    "finish" -> println("${name} finishes at ${n}")
    _ -> count(name, n + 1)
  end
end

supervisor Counters do
  strategy: simple_one_for_one
  max_restarts: 5
  max_seconds: 10

  child counter do
    start: fn(name, n) -> spawn(counter, name, n) end
    restart: transient
    shutdown: 1000
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn started(result) -> Pid<String> do
  case result do
    Ok(pid) -> pid
    Err(why) -> panic_with(why)
  end
end

fn panic_with(why :: String) -> Pid<String> do
  println("start_child failed: ${why}")
  Process.whereis("nobody")
end

fn main() do
  Process.register("main", self())
  let sup = spawn(Counters)
  let x = started(Counters.start_child(sup, "x", 10))
  report()
  let y = started(Counters.start_child(sup, "y", 20))
  report()
  println("two children: ${x != y}")

  send(x, "tick")
  send(x, "crash")
  report()
  let ref = Process.monitor(y)
  send(y, "finish")
  receive do
    Down(r, _, reason) when r == ref -> println("y exited: ${reason}")
  end
  # y is transient and ended normally: not restarted (it would report before w)
  started(Counters.start_child(sup, "w", 40))
  report()

  let sup_ref = Process.monitor(sup)
  Process.exit(sup, Shutdown)
  receive do
    Down(r, _, reason) when r == sup_ref -> println("pool exited: ${reason}")
  end
  case Counters.start_child(sup, "z", 30) do
    Ok(_) -> println("started z after the pool exited?")
    Err(why) -> println("start_child after the pool exited: ${why}")
  end
end
