# Process.register/whereis/unregister/alive and Process.demonitor.

actor echo(label :: String) do
  receive do
    (from, text) -> reply(from, label, text)
  end
end

fn reply(from, label :: String, text :: String) do
  send(from, "${label} says ${text}")
  echo(label)
end

fn ask(name :: String, text :: String) -> String do
  let p = Process.whereis(name)
  send(p, (self(), text))
  receive do
    answer -> answer
  end
end

fn main() do
  let e1 = spawn(echo, "first")
  let e2 = spawn(echo, "second")
  println("register first: ${Process.register("svc", e1)}")
  println("register the name again: ${Process.register("svc", e2)}")
  println("register first under a second name: ${Process.register("other", e1)}")
  println("nobody is registered as ghost: ${Process.alive(Process.whereis("ghost")) == false}")
  println("whereis svc is e1: ${Process.whereis("svc") == e1}")
  println(ask("svc", "hello"))
  println("unregister svc: ${Process.unregister("svc")}, again: ${Process.unregister("svc")}")
  println("register second: ${Process.register("svc", e2)}")
  println(ask("svc", "hi"))

  let m = Process.monitor(e1)
  println("demonitor active monitor: ${Process.demonitor(m)}")
  println("demonitor twice: ${Process.demonitor(m)}")
  let m2 = Process.monitor(e2)
  Process.exit(e1, Killed)
  Process.exit(e2, Shutdown)
  let reason = receive do
    Down(r, _, why) when r == m2 -> why
  after 1000 -> Noconnection
  end
  println("e2 down: ${reason}")
  let late = receive do
    Down(_, _, why) -> "unexpected down ${why}"
  after 100 -> "no down for the demonitored e1"
  end
  println(late)
  println("alive: e1 ${Process.alive(e1)}, e2 ${Process.alive(e2)}, main ${Process.alive(self())}")
  println("svc released when e2 died: ${Process.register("svc", self())}")
  println("main registered: ${Process.whereis("svc") == self()}")
  println("register a dead pid: ${Process.register("ghost", e1)}")
end
