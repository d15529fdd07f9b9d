# `shutdown: infinity` (OTP's infinity): when the supervisor stops a child, it waits for
# it however long it takes. Here two children take 300 ms to clean up after the shutdown
# signal: the one with `shutdown: 100` is killed first, the one with `shutdown: infinity`
# finishes and ends normally.

actor careful(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send("main", "${name} started")
  receive do
    Exit(_, reason) -> clean_up(name, reason)
  end
end

fn clean_up(name :: String, reason :: ExitReason) do
  Timer.sleep(300)
  println("${name} finished cleaning up after ${reason}")
end

supervisor Patient do
  strategy: one_for_one

  child waited_for do
    start: fn -> spawn(careful, "waited_for") end
    shutdown: infinity
  end

  child hurried do
    start: fn -> spawn(careful, "hurried") end
    shutdown: 100
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
  let sup = spawn(Patient)
  report()
  report()
  let waited = Process.monitor(Process.whereis("waited_for"))
  let hurried = Process.monitor(Process.whereis("hurried"))
  let ref = Process.monitor(sup)
  Process.exit(sup, Shutdown)
  println("hurried exited: ${wait_down(hurried)}")
  println("waited_for exited: ${wait_down(waited)}")
  println("supervisor exited: ${wait_down(ref)}")
end
