# Three actors, each receiving one message. They form a pipeline, so the
# output order is fixed: an actor prints before it passes the value on, and
# the next actor can only print after it has received that value.

actor printer() do
  receive do
    total -> println("printer received ${total}")
  end
end

actor doubler(next) do
  receive do
    n -> pass_on("doubler", n * 2, next)
  end
end

actor incrementer(next) do
  receive do
    n -> pass_on("incrementer", n + 1, next)
  end
end

fn pass_on(who :: String, value :: Int, next) do
  println("${who} sends ${value}")
  send(next, value)
end

fn main() do
  println("building the pipeline")
  let p = spawn(printer)
  let d = spawn(doubler, p)
  let i = spawn(incrementer, d)
  send(i, 20)
end
