# Process.trap_exit(true) turns exit signals from linked actors into
# Exit(pid, reason) messages, for every kind of exit reason.

actor child(id :: Int) do
  receive do
    "ok" -> println("child ${id}: returning")
    "crash" -> println("child ${id}: ${List.get([1], id)}")
    "wait" -> child(id)
  end
end

fn expect_exit(pid) -> ExitReason do
  receive do
    Exit(from, reason) -> got(from == pid, reason)
  end
end

fn got(same :: Bool, reason :: ExitReason) -> ExitReason do
  println("exit from the linked child (${same}): ${reason}")
  reason
end

fn main() do
  Process.trap_exit(true)

  let c1 = spawn(child, 1)
  link(c1)
  send(c1, "ok")
  expect_exit(c1)

  let c2 = spawn(child, 2)
  Process.link(c2)
  send(c2, "crash")
  let r = expect_exit(c2)
  case r do
    Panic(msg) -> println("panic text: ${msg}")
    _ -> println("unexpected ${r}")
  end

  let c3 = spawn(child, 3)
  link(c3)
  Process.exit(c3, Custom("bye"))
  expect_exit(c3)

  let c4 = spawn(child, 4)
  link(c4)
  Process.exit(c4, Killed)
  expect_exit(c4)

  let c5 = spawn(child, 5)
  link(c5)
  Process.exit(c5, Shutdown)
  expect_exit(c5)

  println("after all that, main is still here")
end
