# A supervisor whose declared child fails to start fails to start itself (OTP's init failing
# with {shutdown, {failed_to_start_child, Id, Reason}}): the children started before it are
# stopped in reverse order, the ones after it never start, and the supervisor exits with
# Custom("failed_to_start_child: <id>: <reason>"). Under a parent supervisor that is a failed
# start too, so the failure climbs the tree: the parent stops its own started children and
# exits the same way.

actor worker(name :: String) do
  Process.trap_exit(true)
  println("${name} started")
  serve(name)
end

fn serve(name :: String) do
  receive do
    Exit(_, reason) -> println("${name} stopping: ${reason}")
    _ -> serve(name)
  end
end

actor failing(why :: String) do
  Process.exit(self(), Custom(why))
end

fn panicking_start(ready :: Bool) -> Pid<String> do
  if ready do
    spawn(worker, "unreachable")
  else
    panic("the start function gave up")
  end
end

supervisor Crew do
  strategy: one_for_all
  child first do
    start: fn -> spawn(worker, "first") end
  end
  child second do
    start: fn -> spawn(worker, "second") end
  end
  child broken do
    start: fn -> spawn(failing, "missing settings") end
  end
  child never do
    start: fn -> spawn(worker, "never") end
  end
end

supervisor Inner do
  child inner_worker do
    start: fn -> spawn(worker, "inner worker") end
  end
  child inner_broken do
    start: fn -> panicking_start(false) end
  end
end

supervisor Outer do
  child outer_worker do
    start: fn -> spawn(worker, "outer worker") end
  end
  child inner do
    start: fn -> spawn(Inner) end
  end
  child after_inner do
    start: fn -> spawn(worker, "after inner") end
  end
end

supervisor Top do
  child base do
    start: fn -> spawn(worker, "base") end
  end
end

fn outcome(result) -> String do
  case result do
    Ok(_) -> "ok"
    Err(why) -> "error ${why}"
  end
end

# The failing supervisors are started under Top, whose start_child reports the exit reason
# (a monitor set after spawn could come too late to see it).
fn main() do
  let top = spawn(Top)
  println("crew: ${outcome(Supervisor.start_child(top, Supervisor.child("crew", fn -> spawn(Crew) end)))}")
  println("outer: ${outcome(Supervisor.start_child(top, Supervisor.child("outer", fn -> spawn(Outer) end)))}")
  println("top children: ${List.length(Supervisor.which_children(top))}")
end
