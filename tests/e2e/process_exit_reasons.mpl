# Every exit reason as a monitor sees it: Normal (the body returned), Panic (a crash),
# Killed, Shutdown, Custom and Noconnection (exit signals from Process.exit), Noproc
# (monitoring a pid that is gone). Killed cannot be trapped: an actor that traps exits
# gets other signals as Exit messages, but a kill ends it.

actor idle() do
  receive do
    0 -> println("idle: returning")
    n -> println("idle: ${100 / (n - n)}")
  end
end

actor trapper() do
  Process.trap_exit(true)
  send("main", "trapper is trapping exits")
  trap_loop()
end

fn trap_loop() do
  receive do
    Exit(_, reason) -> trapped(reason)
  end
end

fn trapped(reason :: ExitReason) do
  send("main", "trapper got Exit(${reason}) as a message")
  trap_loop()
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn down(pid) -> ExitReason do
  let ref = Process.monitor(pid)
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn ended_by(reason :: ExitReason) -> ExitReason do
  let p = spawn(idle)
  let ref = Process.monitor(p)
  Process.exit(p, reason)
  receive do
    Down(r, _, got) when r == ref -> got
  end
end

fn main() do
  Process.register("main", self())
  let n = spawn(idle)
  let ref_n = Process.monitor(n)
  send(n, 0)
  receive do
    Down(r, _, reason) when r == ref_n -> println("returned: ${reason}")
  end
  let p = spawn(idle)
  let ref_p = Process.monitor(p)
  send(p, 1)
  receive do
    Down(r, _, reason) when r == ref_p -> println("crashed: ${reason}")
  end
  println("killed: ${ended_by(Killed)}")
  println("shut down: ${ended_by(Shutdown)}")
  println("custom: ${ended_by(Custom("bye"))}")
  println("noconnection: ${ended_by(Noconnection)}")
  println("gone: ${down(n)}")

  let t = spawn(trapper)
  report()
  let ref_t = Process.monitor(t)
  Process.exit(t, Shutdown)
  report()
  Process.exit(t, Custom("please"))
  report()
  Process.exit(t, Killed)
  receive do
    Down(r, _, reason) when r == ref_t -> println("trapper ended: ${reason}")
  end
end
