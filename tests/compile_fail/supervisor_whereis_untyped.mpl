# expect-error: E0006
# expect-text: nothing says which supervisor this pid belongs to
# expect-text: let sup :: Pid<Team> = Process.whereis("team")
# Process.whereis can name any process, so its pid is not known to be a supervisor's:
# the Supervisor functions need its type written, `Pid<Team>`.

actor worker() do
  receive do
    _ -> println("done")
  end
end

supervisor Team do
  name: "team"

  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  spawn(Team)
  let sup = Process.whereis("team")
  Supervisor.which_children(sup)
end
