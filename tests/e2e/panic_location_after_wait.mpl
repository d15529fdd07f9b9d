# A call that waits (switching the actor out) and then panics is reported at its own call site,
# although other actors recorded theirs on the same worker thread meanwhile: the call site
# belongs to each actor. Here the supervisor is busy starting a child while four actors wait on
# it, and is killed before it answers them.

actor idle() do
  receive do
    _ -> idle()
  end
end

supervisor Pool do
  strategy: simple_one_for_one

  child job do
    start: fn(pause) -> slow_start(pause) end
    restart: temporary
  end
end

fn slow_start(pause :: Int) -> Pid<Int> do
  Timer.sleep(pause)
  spawn(idle)
end

actor starter(pool) do
  Pool.start_child(pool, 3000)
end

actor asker(pool, which :: Int) do
  if which == 1 do
    Supervisor.count_children(pool).active
  else
    if which == 2 do
      Supervisor.which_children(pool)
      0
    else
      if which == 3 do
        Supervisor.count_children(pool).active + 1
      else
        List.length(Supervisor.which_children(pool))
      end
    end
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  let pool = spawn(Pool)
  spawn(starter, pool)
  Timer.sleep(50)
  let refs = List.map([1, 2, 3, 4], fn which -> Process.monitor(spawn(asker, pool, which)) end)
  Timer.sleep(100)
  Process.exit(pool, Killed)
  for r in refs do
    println("asker: ${wait_down(r)}")
  end
end
