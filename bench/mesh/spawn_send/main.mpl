# 100,000 actors: each is spawned, sent one message, receives it and exits.
# The program ends when every actor has finished.

actor worker() do
  receive do
    n -> n
  end
end

fn spawn_all(i :: Int) -> Int do
  if i == 0 do
    0
  else
    let p = spawn(worker)
    send(p, i)
    spawn_all(i - 1)
  end
end

fn main() do
  spawn_all(100000)
  println("spawned and messaged 100000 actors")
end
