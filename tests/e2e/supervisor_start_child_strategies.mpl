# Children added with Supervisor.start_child go last: one_for_all restarts them with the
# others, rest_for_one counts them as started after every declared child (so a crash of a
# declared child restarts them too, and their own crash restarts only what comes after).
# Supervisor.count_children gives OTP's four counts; a child whose start function returns a
# supervisor's pid counts as a supervisor. A simple_one_for_one supervisor has one spec, its
# template, and counts its children under the template's type.

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

supervisor All do
  strategy: one_for_all
  max_restarts: 10
  max_seconds: 5

  child first do
    start: fn -> spawn(worker, "all_first") end
  end
end

supervisor Chain do
  strategy: rest_for_one
  max_restarts: 10
  max_seconds: 5

  child head do
    start: fn -> spawn(worker, "head") end
  end

  child middle do
    start: fn -> spawn(worker, "middle") end
  end
end

supervisor Inner do
  child leaf do
    start: fn -> spawn(worker, "leaf") end
  end
end

supervisor Pool do
  strategy: simple_one_for_one

  child job do
    start: fn(name) -> spawn(worker, name) end
    restart: temporary
  end
end

fn report(n :: Int) do
  if n > 0 do
    receive do
      line -> println(line)
    end
    report(n - 1)
  end
end

fn counts(sup) -> String do
  let c = Supervisor.count_children(sup)
  "specs ${c.specs}, active ${c.active}, supervisors ${c.supervisors}, workers ${c.workers}"
end

fn add(sup, name :: String) do
  case Supervisor.start_child(sup, Supervisor.child(name, fn -> spawn(worker, name) end)) do
    Ok(_) -> report(1)
    Err(why) -> println("${name}: ${why}")
  end
end

fn main() do
  Process.register("main", self())
  let all = spawn(All)
  report(1)
  add(all, "all_second")
  println("one_for_all: ${counts(all)}")
  send(Process.whereis("all_second"), "crash")
  report(2)

  let chain = spawn(Chain)
  report(2)
  add(chain, "tail")
  # a supervisor started as a dynamic child: its whole tree starts before start_child returns
  case Supervisor.start_child(chain, Supervisor.child("inner", fn -> spawn(Inner) end, shutdown: infinity)) do
    Ok(_) -> report(1)
    Err(why) -> println("inner: ${why}")
  end
  println("rest_for_one: ${counts(chain)}")
  println("a crash of middle restarts middle, tail and inner:")
  send(Process.whereis("middle"), "crash")
  report(3)
  println("a crash of tail restarts tail and inner:")
  send(Process.whereis("tail"), "crash")
  report(2)
  println("terminate inner: ${Supervisor.terminate_child(chain, "inner") == Ok(())}")
  println("rest_for_one: ${counts(chain)}")

  # simple_one_for_one: one spec (the template); its children are counted by the template's type
  let pool = spawn(Pool)
  println("pool: ${counts(pool)}")
  Pool.start_child(pool, "job_a")
  Pool.start_child(pool, "job_b")
  report(2)
  println("pool: ${counts(pool)}")
end
