# send(name, message) sends to the process registered under that name (Erlang's
# Name ! Msg): the name is looked up at every send, so it follows re-registration.
# Sending to a name nobody holds is a panic in the sender. As with Process.whereis, the
# type of messages the named process takes is not checked.

actor logger(label :: String) do
  receive do
    (from, text) -> log(from, label, text)
  end
end

fn log(from, label :: String, text :: String) do
  println("${label}: ${text}")
  send(from, "logged")
  logger(label)
end

actor careless() do
  send("nobody", "hello?")
  println("not reached")
end

fn wait_reply() do
  receive do
    reply -> println("reply: " <> reply)
  end
end

fn main() do
  let first = spawn(logger, "first logger")
  Process.register("log", first)
  send("log", (self(), "one"))
  wait_reply()

  Process.unregister("log")
  let second = spawn(logger, "second logger")
  Process.register("log", second)
  let name = "log"
  send(name, (self(), "two"))
  wait_reply()

  let c = spawn(careless)
  let ref = Process.monitor(c)
  receive do
    Down(r, _, reason) when r == ref -> println("careless ended: ${reason}")
  end
end
