# Process.exit(self(), reason) ends the calling actor at once with that reason
# (Normal included); Timer.send_after carries a struct to another actor.

struct Tick do
  n :: Int
  label :: String
end deriving(Display)

actor quitter(how :: Int) do
  receive do
    "go" -> quit(how)
  end
  println("quitter ${how}: not reached")
end

fn quit(how :: Int) do
  println("quitter ${how}: exiting")
  if how == 0 do
    Process.exit(self(), Normal)
  else if how == 1 do
    Process.exit(self(), Custom("had enough"))
  else
    Process.exit(self(), Killed)
  end
  println("quitter ${how}: still here?")
end

actor ticker(boss) do
  receive do
    t -> send(boss, "ticker got ${t}")
  end
end

fn run(how :: Int) do
  let q = spawn(quitter, how)
  let ref = Process.monitor(q)
  send(q, "go")
  receive do
    Down(r, _, reason) when r == ref -> println("quitter ${how} ended: ${reason}")
  end
end

fn main() do
  run(0)
  run(1)
  run(2)
  let t = spawn(ticker, self())
  Timer.send_after(t, 30, Tick { n: 3, label: "three" })
  receive do
    s -> println(s)
  end
end
