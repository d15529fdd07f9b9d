# Dead pids: demonitor after the DOWN was queued removes it (returns false;
# both DOWNs of one exit are queued together, so seeing the second one is enough),
# linking to a dead pid ends a non-trapping caller with Noproc, and a trapping
# caller gets Exit(pid, Noproc) instead.

actor short_lived() do
  receive do
    n -> println("short_lived got ${n}")
  end
end

actor linker(target) do
  receive do
    "go" -> link(target)
  end
  println("linker: not reached")
end

fn main() do
  let a = spawn(short_lived)
  let ra = Process.monitor(a)
  let ra2 = Process.monitor(a)
  send(a, 1)
  receive do
    Down(r, _, why) when r == ra2 -> println("second monitor: ${why}")
  end
  println("a alive: ${Process.alive(a)}")
  println("demonitor after a died: ${Process.demonitor(ra)}")
  let d = receive do
    Down(_, _, r) -> "still got a down ${r}"
  after 50 -> "the queued down was removed"
  end
  println(d)

  let l = spawn(linker, a)
  let rl = Process.monitor(l)
  send(l, "go")
  receive do
    Down(r, _, why) when r == rl -> println("linker ended: ${why}")
  end

  Process.trap_exit(true)
  link(a)
  receive do
    Exit(p, why) -> println("main trapped ${why} from a: ${p == a}")
  end
end
