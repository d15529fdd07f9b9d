# expect-error: E0009
# expect-text: `ChildSpecInfo` has no field `start`
# expect-text: its fields are id, restart, shutdown, child_type
# The spec Supervisor.get_childspec returns is data: its start function stays in the supervisor,
# which runs it, so the struct has no `start`.

actor worker() do
  receive do
    text -> println(text)
  end
end

supervisor Team do
  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  let team = spawn(Team)
  case Supervisor.get_childspec(team, "w") do
    Ok(spec) -> println("${spec.start}")
    Err(_) -> println("none")
  end
end
