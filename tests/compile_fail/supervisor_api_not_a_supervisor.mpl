# expect-error: E0006
# expect-text: `Supervisor.terminate_child` takes a supervisor's pid, but this is a Pid<String>
# expect-text: spawn(SupervisorName)
# The Supervisor functions take only the pid of a supervisor (what `spawn(Name)` returns for
# a `supervisor Name`), never an ordinary actor's.

actor worker() do
  receive do
    text -> println(text)
  end
end

fn main() do
  let pid = spawn(worker)
  Supervisor.terminate_child(pid, "w")
end
