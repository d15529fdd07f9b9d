# expect-error: E0020
# expect-text: invalid restart type for child `w`: `always`
# expect-text: permanent, transient, temporary
# A restart type is permanent, transient or temporary.

actor worker() do
  receive do
    _ -> println("got one")
  end
end

supervisor Bad do
  strategy: one_for_one

  child w do
    start: fn -> spawn(worker) end
    restart: always
  end
end

fn main() do
  spawn(Bad)
end
