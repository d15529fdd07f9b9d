# expect-error: E0001
# expect-text: expected String for argument 2 of `Supervisor.get_childspec`, found Int
# Supervisor.get_childspec names the child by its id, a String (as which_children lists it).

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
  println("${Supervisor.get_childspec(team, 42)}")
end
