# A supervisor can supervise services: the start function calls `Counter.start`, which
# returns once the service's init has run. When the service crashes, the supervisor starts
# a fresh one (with its initial state), and the worker started after it is left alone.

service Counter do
  fn init(start :: Int) -> Int do
    Process.register("counter", self())
    send(Process.whereis("main"), "counter up at ${start}")
    start
  end

  call Get() :: Int do |n|
    (n, n)
  end

  cast Add(k :: Int) do |n|
    n + k
  end

  cast Crash() do |n|
    n / (n - n)
  end
end

actor worker() do
  send(Process.whereis("main"), "worker up")
  receive do
    _ -> println("worker got a message")
  end
end

supervisor App do
  strategy: one_for_one
  child counter do
    start: fn -> Counter.start(10) end
  end
  child worker do
    start: fn -> spawn(worker) end
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn main() do
  Process.register("main", self())
  spawn(App)
  report()
  report()
  let c = Process.whereis("counter")
  Counter.add(c, 5)
  println("count: ${Counter.get(c)}")
  Counter.crash(c)
  report()
  let fresh = Process.whereis("counter")
  println("a new counter: ${fresh != c}, count: ${Counter.get(fresh)}")
end
