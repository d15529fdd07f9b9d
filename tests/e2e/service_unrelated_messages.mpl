# Replies never mix with a caller's own messages: messages that were waiting before a call
# (user messages and a DOWN) are still there, in order, after it; and a typed receive never
# sees a reply or a request.

service Echo do
  fn init() -> Int do
    0
  end

  call Echo(text :: String) :: String do |n|
    (n + 1, "echo ${text}")
  end
end

actor quitter() do
  println("quitter done")
end

fn drain() do
  receive do
    Down(_, _, reason) -> after_one("DOWN ${reason}")
    text -> after_one("message ${text}")
  after 100 ->
    println("mailbox empty")
  end
end

fn after_one(what :: String) do
  println(what)
  drain()
end

fn main() do
  let e = Echo.start()
  send(self(), "first")
  let q = spawn(quitter)
  let _ = Process.monitor(q)
  Timer.sleep(50)
  send(self(), "second")
  println(Echo.echo(e, "hello"))
  println(Echo.echo(e, "again"))
  drain()
end
