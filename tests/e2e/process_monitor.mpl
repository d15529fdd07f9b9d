# Process.monitor: one Down(ref, pid, reason) per monitor when the actor ends,
# with the reason as an ExitReason value. Monitoring a dead pid gives Noproc.

actor worker(name :: String) do
  receive do
    0 -> println("${name}: finishing normally")
    n -> println("${name}: 100 / ${n} = ${divide(100, n - n)}")
  end
end

fn divide(a :: Int, b :: Int) -> Int do
  a / b
end

fn wait_down(ref :: Int, pid) -> ExitReason do
  receive do
    Down(r, p, reason) when r == ref -> check(r == ref, p == pid, reason)
  end
end

fn check(same_ref :: Bool, same_pid :: Bool, reason :: ExitReason) -> ExitReason do
  println("down: ref matches ${same_ref}, pid matches ${same_pid}, reason ${reason}")
  reason
end

fn describe(reason :: ExitReason) -> String do
  case reason do
    Normal -> "it finished"
    Panic(msg) -> "it crashed with '${msg}'"
    Killed -> "it was killed"
    Shutdown -> "it was shut down"
    Custom(why) -> "it exited: ${why}"
    Noproc -> "it was already gone"
    Noconnection -> "its node is unreachable"
  end
end

fn main() do
  let a = spawn(worker, "a")
  let ref_a = Process.monitor(a)
  send(a, 0)
  println(describe(wait_down(ref_a, a)))

  let b = spawn(worker, "b")
  let ref_b = Process.monitor(b)
  println("refs differ: ${ref_a != ref_b}")
  send(b, 5)
  let reason = wait_down(ref_b, b)
  println(describe(reason))
  println("is a panic: ${reason == Panic("division by zero")}")

  let ref_dead = Process.monitor(a)
  println(describe(wait_down(ref_dead, a)))
  println("a alive: ${Process.alive(a)}, b alive: ${Process.alive(b)}")
end
