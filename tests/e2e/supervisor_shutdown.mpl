# Child shutdown when the supervisor stops (here on an exit signal from main):
# `shutdown: ms` sends the child a shutdown exit signal and waits up to ms for it to
# end, then kills it; `brutal_kill` kills it at once (it never sees the signal).
# Children are stopped in reverse declaration order.

actor obedient(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  receive do
    Exit(_, reason) -> println("${name} got ${reason}, cleaning up")
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

supervisor Stoppable do
  strategy: one_for_one

  child slow do
    start: fn -> spawn(stubborn, "slow") end
    shutdown: 200
  end

  child polite do
    start: fn -> spawn(obedient, "polite") end
    shutdown: 10000
  end

  child brute do
    start: fn -> spawn(obedient, "brute") end
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
  let sup = spawn(Stoppable)
  report()
  report()
  report()
  let slow = Process.monitor(Process.whereis("slow"))
  let polite = Process.monitor(Process.whereis("polite"))
  let brute = Process.monitor(Process.whereis("brute"))
  let ref = Process.monitor(sup)
  Process.exit(sup, Custom("closing time"))
  let sup_reason = wait_down(ref)
  println("brute exited: ${wait_down(brute)}")
  println("polite exited: ${wait_down(polite)}")
  println("slow exited: ${wait_down(slow)}")
  println("supervisor exited: ${sup_reason}")
end
