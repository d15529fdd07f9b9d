# Restart types: a permanent child is restarted whatever way it ends (even a normal
# return), a transient one only after an abnormal exit, a temporary one never.
# Main waits for each child's DOWN before the next step, and the supervisor handles
# exits in order, so a wrongly restarted child would report before the expected one.

actor worker(name :: String) do
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  serve(name)
end

fn serve(name :: String) do
  receive do
    "crash" -> Process.exit(self(), Custom("${name} crashed"))
    "finish" -> println("${name} finishes normally")
    _ -> serve(name)
  end
end

supervisor Mixed do
  strategy: one_for_one
  max_restarts: 10
  max_seconds: 60

  child perm do
    start: fn -> spawn(worker, "perm") end
    restart: permanent
  end

  child trans_ok do
    start: fn -> spawn(worker, "trans_ok") end
    restart: transient
  end

  child trans_crash do
    start: fn -> spawn(worker, "trans_crash") end
    restart: transient
  end

  child temp do
    start: fn -> spawn(worker, "temp") end
    restart: temporary
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn stop_and_wait(name :: String, how :: String) -> ExitReason do
  let pid = Process.whereis(name)
  let ref = Process.monitor(pid)
  send(pid, how)
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  Process.register("main", self())
  spawn(Mixed)
  report()
  report()
  report()
  report()
  println("trans_ok ended: ${stop_and_wait("trans_ok", "finish")}")
  println("temp ended: ${stop_and_wait("temp", "crash")}")
  println("trans_crash ended: ${stop_and_wait("trans_crash", "crash")}")
  report()
  println("perm ended: ${stop_and_wait("perm", "finish")}")
  report()
  println("restarted: trans_ok ${Process.alive(Process.whereis("trans_ok"))}, temp ${Process.alive(Process.whereis("temp"))}")
end
