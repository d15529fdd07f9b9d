# Supervisor.get_childspec(sup, id) gives a child's spec as data (OTP's get_childspec/2): its
# id, restart type, shutdown and child type, in the words a spec is written with, for declared
# children, children added with Supervisor.start_child and a simple_one_for_one template. The
# spec outlives the child (a terminated child keeps it) until delete_child; an unknown id is
# Err("not_found"), a stopped supervisor Err("noproc").

actor worker(name :: String) do
  Process.register(name, self())
  receive do
    _ -> println("${name} done")
  end
end

supervisor Inner do
  child leaf do
    start: fn -> spawn(worker, "leaf") end
  end
end

supervisor Team do
  strategy: one_for_one

  child plain do
    start: fn -> spawn(worker, "plain") end
  end

  child quick do
    start: fn -> spawn(worker, "quick") end
    restart: transient
    shutdown: brutal_kill
  end

  child inner do
    start: fn -> spawn(Inner) end
    shutdown: infinity
  end
end

supervisor Pool do
  strategy: simple_one_for_one

  child job do
    start: fn(name) -> spawn(worker, name) end
    restart: temporary
    shutdown: 100
  end
end

fn show(sup, id :: String) do
  case Supervisor.get_childspec(sup, id) do
    Ok(spec) -> println("${id}: id=${spec.id} restart=${spec.restart} shutdown=${spec.shutdown} type=${spec.child_type}")
    Err(why) -> println("${id}: error ${why}")
  end
end

fn outcome(result) -> String do
  case result do
    Ok(_) -> "ok"
    Err(why) -> "error ${why}"
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  let team = spawn(Team)
  show(team, "plain")
  show(team, "quick")
  show(team, "inner")
  show(team, "missing")

  let extra = Supervisor.child("extra", fn -> spawn(worker, "extra") end, restart: temporary, shutdown: 2500)
  println("start extra: ${outcome(Supervisor.start_child(team, extra))}")
  show(team, "extra")

  # a spec is data: two lookups give equal values
  println("equal: ${Supervisor.get_childspec(team, "plain") == Supervisor.get_childspec(team, "plain")}")

  # a terminated child keeps its spec; a deleted one does not
  println("terminate plain: ${outcome(Supervisor.terminate_child(team, "plain"))}")
  show(team, "plain")
  println("delete plain: ${outcome(Supervisor.delete_child(team, "plain"))}")
  show(team, "plain")

  let pool = spawn(Pool)
  println("start job: ${outcome(Pool.start_child(pool, "job_worker"))}")
  show(pool, "job_1")
  show(pool, "job_2")

  let ref = Process.monitor(team)
  Process.exit(team, Shutdown)
  println("team exited: ${wait_down(ref)}")
  show(team, "quick")
end
