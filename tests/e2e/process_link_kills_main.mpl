# main is linked to an actor that crashes and does not trap exits, so it goes
# down with the same reason: the program ends at once with status 1.

actor fragile() do
  receive do
    n -> println("fragile: 10 / ${n} = ${10 / n}")
  end
end

fn main() do
  let f = spawn(fragile)
  link(f)
  println("main: sending 0 and waiting")
  send(f, 0)
  receive do
    _ -> println("main: never gets a message")
  after 5000 -> println("main: not reached either")
  end
end
