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

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  let crew = Process.monitor(spawn(Crew))
  println("crew exited: ${wait_down(crew)}")
  let outer = Process.monitor(spawn(Outer))
  println("outer exited: ${wait_down(outer)}")
end
