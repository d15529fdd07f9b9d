# expect-error: E0001
# expect-text: Pid<Crew>
# A pid typed as one supervisor's is not another supervisor's: Supervisor.start_child gives a
# Pid of the spec's child type, and `Pid<Team>` does not fit where `Pid<Crew>` is expected.

actor worker() do
  receive do
    _ -> println("done")
  end
end

supervisor Team do
  child w do
    start: fn -> spawn(worker) end
  end
end

supervisor Crew do
  child w do
    start: fn -> spawn(worker) end
  end
end

fn crew_size(crew :: Pid<Crew>) -> Int do
  Supervisor.count_children(crew).active
end

fn main() do
  let team :: Pid<Team> = Process.whereis("team")
  println("${crew_size(team)}")
end
