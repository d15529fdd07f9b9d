# one_for_one: the supervisor starts its children in declaration order, each one
# only after the previous one has started (reached its first receive); when a
# child crashes, only that child is restarted (it gets a new pid, the others keep theirs).

actor worker(name :: String) do
  Process.register(name, self())
  send(Process.whereis("main"), "${name} started")
  serve(name)
end

fn serve(name :: String) do
  receive do
    "crash" -> Process.exit(self(), Custom("${name} crashed"))
    _ -> serve(name)
  end
end

supervisor Workers do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 5

  child a do
    start: fn -> spawn(worker, "a") end
    restart: permanent
    shutdown: 1000
  end

  child b do
    start: fn -> spawn(worker, "b") end
    restart: permanent
    shutdown: 1000
  end

  child c do
    start: fn -> spawn(worker, "c") end
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn main() do
  Process.register("main", self())
  let sup = spawn(Workers)
  report()
  report()
  report()
  let a = Process.whereis("a")
  let b = Process.whereis("b")
  let c = Process.whereis("c")
  send(b, "crash")
  report()
  println("a kept its pid: ${Process.whereis("a") == a}")
  println("b has a new pid: ${Process.whereis("b") != b}")
  println("c kept its pid: ${Process.whereis("c") == c}")
  println("supervisor alive: ${Process.alive(sup)}")
end
