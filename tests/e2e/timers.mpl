# Timer.sleep suspends only the caller, Timer.send_after delivers later (in
# deadline order), and `receive ... after ms` gives up when nothing arrives.

actor sleeper(boss, ms :: Int) do
  Timer.sleep(ms)
  send(boss, "sleeper woke after ${ms} ms")
end

actor quick(boss, n :: Int) do
  if n > 0 do
    send(boss, "quick ${n}")
    quick(boss, n - 1)
  else
    send(boss, "quick done")
  end
end

fn next_message(ms :: Int) -> String do
  receive do
    text -> text
  after ms -> "(nothing within ${ms} ms)"
  end
end

fn drain(count :: Int) do
  if count > 0 do
    println(next_message(5000))
    drain(count - 1)
  end
end

fn main() do
  println(next_message(30))

  spawn(sleeper, self(), 300)
  spawn(quick, self(), 3)
  drain(5)

  Timer.send_after(self(), 250, "second timer (250 ms)")
  Timer.send_after(self(), 50, "first timer (50 ms)")
  send(self(), "sent directly")
  drain(3)
  println(next_message(100))

  Timer.send_after(self(), 20, "arrived before the timeout")
  println(next_message(5000))

  Timer.sleep(0)
  send(self(), "already waiting")
  println(next_message(0))

  let started = "main sleeps"
  Timer.sleep(20)
  println("${started} and wakes up")
end
