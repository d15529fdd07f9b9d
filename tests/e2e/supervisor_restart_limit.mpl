# Restart intensity: a supervisor allows at most max_restarts restarts within
# max_seconds. One more, and it stops its children and exits with the reason
# Custom("restart limit exceeded: ..."), which monitors see in their DOWN and which
# kills processes linked to it (unless they trap exits).

actor flaky() do
  Process.register("flaky", self())
  send(Process.whereis("main"), "flaky started")
  receive do
    _ -> Process.exit(self(), Custom("flaky gave up"))
  end
end

actor watcher(sup) do
  Process.link(sup)
  send(Process.whereis("main"), "watcher linked")
  receive do
    _ -> println("the watcher got a message")
  end
end

supervisor Fragile do
  strategy: one_for_one
  max_restarts: 2
  max_seconds: 60

  child f do
    start: fn -> spawn(flaky) end
    restart: permanent
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
  let sup = spawn(Fragile)
  let sup_ref = Process.monitor(sup)
  report()
  let w = spawn(watcher, sup)
  let w_ref = Process.monitor(w)
  report()
  send(Process.whereis("flaky"), "go")
  report()
  send(Process.whereis("flaky"), "go")
  report()
  let last = Process.whereis("flaky")
  send(last, "go")
  println("supervisor exited: ${wait_down(sup_ref)}")
  println("linked watcher exited: ${wait_down(w_ref)}")
  println("last flaky alive: ${Process.alive(last)}")
end
