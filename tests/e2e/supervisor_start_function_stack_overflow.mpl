# A start function that overflows its stack (it runs in the supervisor's process) is a failed
# start like a panicking one: the supervisor's own frames below it are intact, so it reports
# the overflow, answers Err("Panic(stack overflow)") and lives on, with nothing kept.

actor worker(name :: String) do
  receive do
    _ -> println("${name} done")
  end
end

fn deep(n :: Int) -> List<Int> do
  if n == 0 do
    []
  else
    List.append(deep(n - 1), n)
  end
end

fn start_deep() -> Pid<String> do
  let items = deep(100000000)
  spawn(worker, "deep ${List.length(items)}")
end

supervisor Team do
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

fn main() do
  let team = spawn(Team)
  println("deep start: ${outcome(Supervisor.start_child(team, Supervisor.child("deep", start_deep)))}")
  println("children: ${List.length(Supervisor.which_children(team))}")
  println("same id, shallow start: ${outcome(Supervisor.start_child(team, Supervisor.child("deep", fn -> spawn(worker, "shallow") end)))}")
  println("children: ${List.length(Supervisor.which_children(team))}")
end
