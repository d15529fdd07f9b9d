# `panic(message)` ends only the actor that calls it; its monitors see the message in the reason.
actor parser(boss :: Pid<String>) do
  receive do
    text ->
      case String.to_int(text) do
        Some(n) -> send(boss, "parsed ${n}")
        None -> panic("not a number: ${text}")
      end
      parser(boss)
  end
end

fn main() do
  let p = spawn(parser, self())
  let ref = Process.monitor(p)
  send(p, "42")
  receive do
    msg -> println(msg)
  end
  send(p, "forty-two")
  receive do
    Down(r, _, reason) when r == ref -> println("parser ended: ${reason}")
  end
  println("main goes on")
end
