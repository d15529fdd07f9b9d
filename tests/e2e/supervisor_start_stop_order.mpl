# A supervisor starts its children in declaration order, links to them and traps
# exits. An exit signal from outside (here Process.exit from main) makes it stop its
# children in reverse order, each one completely before the next, and then exit with
# the same reason. A supervisor killed outright takes its children with it (links).

actor worker(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  serve(name)
end

fn serve(name :: String) do
  receive do
    Exit(_, reason) -> println("${name} stopping: ${reason}")
    _ -> serve(name)
  end
end

actor sleeper(name :: String) do
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  receive do
    _ -> println("${name} got a message")
  end
end

supervisor Ordered do
  strategy: one_for_one
  child first do
    start: fn -> spawn(worker, "first") end
  end
  child second do
    start: fn -> spawn(worker, "second") end
  end
  child third do
    start: fn -> spawn(worker, "third") end
  end
end

supervisor Plain do
  child x do
    start: fn -> spawn(sleeper, "x") end
    shutdown: brutal_kill
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

fn main() do
  Process.register("main", self())
  let sup = spawn(Ordered)
  report()
  report()
  report()
  let first = Process.whereis("first")
  let second = Process.whereis("second")
  let third = Process.whereis("third")
  let ref = Process.monitor(sup)
  Process.exit(sup, Shutdown)
  println("supervisor exited: ${wait_down(ref)}")
  println("children alive: ${Process.alive(first)} ${Process.alive(second)} ${Process.alive(third)}")

  let plain = spawn(Plain)
  report()
  let x = Process.whereis("x")
  let rx = Process.monitor(x)
  Process.exit(plain, Killed)
  println("x exited: ${wait_down(rx)}")
end
