# Nested supervisors: a child whose start function spawns another supervisor. The
# inner supervisor counts as started once all its own children have started, so the
# whole tree starts in declaration order, depth first. When the inner one exceeds its
# restart limit it exits, and the outer one restarts it (with fresh children). Stopping
# the outer supervisor stops the tree bottom-up, in reverse order at each level.

actor worker(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  serve(name)
end

fn serve(name :: String) do
  receive do
    "crash" -> println("${name}: ${divide(1, 0)}")
    Exit(_, reason) -> println("${name} stopping: ${reason}")
    _ -> serve(name)
  end
end

fn divide(a :: Int, b :: Int) -> Int do
  a / b
end

supervisor Inner do
  strategy: one_for_one
  max_restarts: 1
  max_seconds: 60

  child i1 do
    start: fn -> spawn(worker, "i1") end
  end

  child i2 do
    start: fn -> spawn(worker, "i2") end
  end
end

supervisor Outer do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 60

  child logger do
    start: fn -> spawn(worker, "logger") end
  end

  child inner do
    start: fn -> spawn(Inner) end
    shutdown: 5000
  end

  child api do
    start: fn -> spawn(worker, "api") end
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn main() do
  Process.register("main", self())
  let outer = spawn(Outer)
  report()
  report()
  report()
  report()
  let logger = Process.whereis("logger")
  send(Process.whereis("i1"), "crash")
  report()
  send(Process.whereis("i1"), "crash")
  report()
  report()
  println("logger kept its pid: ${Process.whereis("logger") == logger}")
  let ref = Process.monitor(outer)
  Process.exit(outer, Shutdown)
  receive do
    Down(r, _, reason) when r == ref -> println("outer exited: ${reason}")
  end
end
