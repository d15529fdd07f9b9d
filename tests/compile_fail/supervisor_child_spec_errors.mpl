# expect-error: E0052
# expect-error: E0020
# expect-error: E0021
# expect-error: E0018
# expect-error: E0014
# expect-text: `Supervisor.child` needs a `fn ... end` written here or the name of a function
# expect-text: invalid restart type for a child spec: `transitive`
# expect-text: unknown child spec option `restrat`
# A child spec built in code: its start function is copied to the supervisor, so it is written
# at the call (or named); its options are those of a `child` block; a spec cannot be sent.

actor worker() do
  receive do
    _ -> println("done")
  end
end

fn main() do
  let start = fn -> spawn(worker) end
  let a = Supervisor.child("a", start)
  let b = Supervisor.child("b", fn -> spawn(worker) end, restart: transitive)
  let c = Supervisor.child("c", fn -> spawn(worker) end, shutdown: -5)
  let d = Supervisor.child("d", fn -> spawn(worker) end, restrat: temporary)
  let me = self()
  send(me, Supervisor.child("e", fn -> spawn(worker) end))
end
