# A restart whose start fails is one more failure of that child: OTP tries again, and every
# attempt counts toward the restart intensity, so a child that can no longer start ends the
# supervisor with the restart limit instead of looping forever. Here the child hands its name
# to another process before it crashes, so each restart finds the name taken and exits at once.

actor gated(main :: Pid<String>) do
  if Process.register("gate", self()) != 0 do
    Process.exit(self(), Custom("the name gate is taken"))
  end
  send(main, "gated started")
  receive do
    "crash" -> hand_over(main)
    _ -> println("gated done")
  end
end

actor holder() do
  receive do
    _ -> println("holder done")
  end
end

fn hand_over(main :: Pid<String>) do
  Process.unregister("gate")
  Process.register("gate", spawn(holder))
  Process.exit(self(), Custom("crashed"))
end

supervisor Team do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 60

  child base do
    start: fn -> spawn(gated, Process.whereis("main")) end
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  Process.register("main", self())
  let team = spawn(Team)
  let ref = Process.monitor(team)
  receive do
    line -> println(line)
  end
  let child :: Pid<String> = Process.whereis("gate")
  send(child, "crash")
  println("team exited: ${wait_down(ref)}")
end
