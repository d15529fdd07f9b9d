# Links without trap_exit: a crash of a linked actor takes the other one down
# with the same reason (seen through a monitor), while a normal exit does not.
# A trapping holder gets an Exit message instead and ends normally; an exit
# signal Normal sent to a non-trapping actor is ignored, Killed is not.

actor leaf(tag :: String) do
  receive do
    "crash" -> println("${tag}: ${ratio(String.length(tag), 0)}")
    "done" -> println("${tag}: done")
    _ -> leaf(tag)
  end
end

actor holder(tag :: String, trapping :: Bool, reply_to) do
  Process.trap_exit(trapping)
  let l = spawn(leaf, tag <> "'s leaf")
  link(l)
  send(reply_to, l)
  wait(tag, reply_to)
end

fn ratio(a :: Int, b :: Int) -> Int do
  a / b
end

fn wait(tag :: String, reply_to) do
  receive do
    Exit(_, reason) -> println("${tag}: trapped ${reason}")
    "ping" -> wait(pong(tag, reply_to), reply_to)
  after 5000 -> println("${tag}: timed out")
  end
end

fn pong(tag :: String, reply_to) -> String do
  println("${tag}: still alive")
  send(reply_to, self())
  tag
end

fn ping(p) do
  send(p, "ping")
  receive do
    from -> from
  end
end

fn down_reason(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  let h1 = spawn(holder, "h1", false, self())
  let m1 = Process.monitor(h1)
  let l1 = receive do
    l -> l
  end
  send(l1, "crash")
  println("h1 went down with: ${down_reason(m1)}")

  let h2 = spawn(holder, "h2", false, self())
  let m2 = Process.monitor(h2)
  let l2 = receive do
    l -> l
  end
  let ml2 = Process.monitor(l2)
  send(l2, "done")
  println("h2's leaf went down with: ${down_reason(ml2)}")
  ping(h2)
  println("h2 alive after its leaf's normal exit: ${Process.alive(h2)}")

  let h3 = spawn(holder, "h3", true, self())
  let m3 = Process.monitor(h3)
  let l3 = receive do
    l -> l
  end
  Process.exit(l3, Custom("stop now"))
  println("h3 went down with: ${down_reason(m3)}")

  Process.exit(h2, Normal)
  ping(h2)
  println("h2 alive after an exit signal Normal: ${Process.alive(h2)}")
  Process.exit(h2, Killed)
  println("h2 went down with: ${down_reason(m2)}")
end
