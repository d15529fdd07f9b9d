# A stack overflow in an actor (unbounded non-tail recursion) ends only that actor, with
# reason Panic("stack overflow"): its monitor gets the Down, a linked actor that traps exits
# gets the Exit, its terminate block runs, and main and the other actors carry on.

fn depth(n :: Int) -> Int do
  let below = depth(n + 1)
  below * 2 + n
end

fn words(n :: Int) -> String do
  "${n} " <> words(n + 1)
end

actor recurser(name :: String) do
  receive do
    0 -> println("${name}: ${depth(0)}")
    _ -> println("${name}: ${words(0)}")
  end
terminate do
  println("${name}: terminate block ran")
end
end

actor echo(answered :: Int) do
  receive do
    (from, n) -> echo(reply(from, n, answered))
  end
end

fn reply(to, n :: Int, answered :: Int) -> Int do
  send(to, n + 1)
  answered + 1
end

fn ask(e, n :: Int) -> Int do
  send(e, (self(), n))
  receive do
    m -> m
  end
end

fn main() do
  let e = spawn(echo, 0)

  let a = spawn(recurser, "monitored")
  let ref = Process.monitor(a)
  send(a, 0)
  receive do
    Down(r, _, reason) when r == ref -> println("monitored ended: ${reason}")
  end

  Process.trap_exit(true)
  let b = spawn(recurser, "linked")
  Process.link(b)
  send(b, 1)
  receive do
    Exit(p, reason) when p == b -> println("linked ended: ${reason}, is the overflow: ${reason == Panic("stack overflow")}")
  end

  println("echo still answers: ${ask(e, 41)}")
  println("alive: ${Process.alive(a)} ${Process.alive(b)} ${Process.alive(e)}")
  Process.exit(e, Killed)
  println("main carries on")
end
