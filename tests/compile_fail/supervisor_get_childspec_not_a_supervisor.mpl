# expect-error: E0006
# expect-text: `Supervisor.get_childspec` takes a supervisor's pid, but this is a Pid<String>
# Only a supervisor has child specs: an ordinary actor's pid is refused at compile time.

actor worker() do
  receive do
    text -> println(text)
  end
end

fn main() do
  let pid = spawn(worker)
  println("${Supervisor.get_childspec(pid, "w")}")
end
