# A terminate block runs when the actor's body returns and when it panics (before its
# monitors and links are told), with the actor's arguments in scope. It does not run when
# the actor is killed by an exit signal.

actor worker(name :: String) do
  receive do
    0 -> println("${name}: 1 / 0 = ${1 / zero()}")
    n -> println("${name}: got ${n}")
  end
terminate do
  println("${name}: cleanup")
end
end

fn zero() -> Int do
  0
end

fn run(name :: String, message :: Int) do
  let w = spawn worker(name)
  let ref = Process.monitor(w)
  send(w, message)
  receive do
    Down(r, _, reason) when r == ref -> println("${name} ended: ${reason}")
  end
end

fn main() do
  run("normal", 5)
  run("crashing", 0)
  let k = spawn worker("killed")
  let ref = Process.monitor(k)
  Process.exit(k, Killed)
  receive do
    Down(r, _, reason) when r == ref -> println("killed ended: ${reason}")
  end
end
