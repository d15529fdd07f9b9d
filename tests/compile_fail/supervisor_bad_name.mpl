# expect-error: E0019
# expect-text: invalid `name` for supervisor `Team`
# expect-text: name: "team"
# A supervisor's registered name is a string literal.

actor worker() do
  receive do
    _ -> println("done")
  end
end

supervisor Team do
  name: team

  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  spawn(Team)
end
