# Process.unlink removes a link in both directions: a crash no longer reaches the
# other side, in either direction. Unlinking twice, or a pid never linked, does nothing.

actor partner(name :: String) do
  receive do
    "crash" -> println("${name}: ${List.head(List.new())}")
    "link to main" -> link_and_wait(name)
    "unlink from main" -> unlink_and_wait(name)
    _ -> println("${name}: done")
  end
end

fn link_and_wait(name :: String) do
  Process.link(Process.whereis("main"))
  send("main", "${name} linked")
  partner(name)
end

fn unlink_and_wait(name :: String) do
  Process.unlink(Process.whereis("main"))
  send("main", "${name} unlinked")
  partner(name)
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn report() do
  receive do
    line -> println(line)
  end
end

fn main() do
  Process.register("main", self())

  # main links, then unlinks: the crash does not reach main
  let a = spawn(partner, "a")
  Process.link(a)
  Process.unlink(a)
  Process.unlink(a)
  let ref_a = Process.monitor(a)
  send(a, "crash")
  println("a ended: ${wait_down(ref_a)}")

  # the other side links, then unlinks: same
  let b = spawn(partner, "b")
  send(b, "link to main")
  report()
  send(b, "unlink from main")
  report()
  let ref_b = Process.monitor(b)
  send(b, "crash")
  println("b ended: ${wait_down(ref_b)}")

  # unlinking a pid that was never linked does nothing
  let c = spawn(partner, "c")
  Process.unlink(c)
  send(c, "stop")
  println("c ended: ${wait_down(Process.monitor(c))}")
  println("main is still alive")
end
