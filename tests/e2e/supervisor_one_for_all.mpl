# one_for_all: when one child crashes, the supervisor stops all the others in reverse
# order (each gets a shutdown exit signal and ends before the next is stopped), then
# starts all the children again in declaration order.

actor worker(name :: String) do
  Process.trap_exit(true)
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  serve(name)
end

fn serve(name :: String) do
  receive do
    "crash" -> println("${name}: 100 / 0 = ${divide(100, 0)}")
    Exit(_, reason) -> println("${name} stopping: ${reason}")
    _ -> serve(name)
  end
end

fn divide(a :: Int, b :: Int) -> Int do
  a / b
end

supervisor Team do
  strategy: one_for_all
  max_restarts: 3
  max_seconds: 5

  child a do
    start: fn -> spawn(worker, "a") end
    shutdown: 2000
  end

  child b do
    start: fn -> spawn(worker, "b") end
    shutdown: 2000
  end

  child c do
    start: fn -> spawn(worker, "c") end
    shutdown: 2000
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn main() do
  Process.register("main", self())
  let sup = spawn(Team)
  report()
  report()
  report()
  let a = Process.whereis("a")
  let c = Process.whereis("c")
  send(Process.whereis("b"), "crash")
  report()
  report()
  report()
  println("a kept its pid: ${Process.whereis("a") == a}, c kept its pid: ${Process.whereis("c") == c}")
  let ref = Process.monitor(sup)
  Process.exit(sup, Shutdown)
  receive do
    Down(r, _, reason) when r == ref -> println("supervisor exited: ${reason}")
  end
end
