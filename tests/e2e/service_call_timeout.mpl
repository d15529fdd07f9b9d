# A call waits 5000 ms for its reply by default, then panics in the caller; `timeout: ms`
# sets another limit. The service itself is unaffected and keeps serving.

service Slow do
  fn init() -> Int do
    0
  end

  call Work(ms :: Int) :: String do |n|
    Timer.sleep(ms)
    (n + 1, "worked ${ms} ms")
  end

  call Count() :: Int do |n|
    (n, n)
  end
end

actor caller(s :: Pid<Slow>, ms :: Int, limit :: Int) do
  if limit > 0 do
    println(Slow.work(s, ms, timeout: limit))
  else
    println(Slow.work(s, ms))
  end
end

fn watch(pid) -> ExitReason do
  let _ = Process.monitor(pid)
  receive do
    Down(_, _, reason) -> reason
  end
end

fn main() do
  let s = Slow.start()
  println("quick: ${watch(spawn(caller, s, 10, 1000))}")
  println("short limit: ${watch(spawn(caller, s, 400, 50))}")
  println("default limit: ${watch(spawn(caller, s, 5600, 0))}")
  println("service still serving: ${Slow.count(s, timeout: 2000)} calls handled")
end
