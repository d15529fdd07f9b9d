# Struct patterns in `receive` arms: an actor's messages are structs, and each arm picks
# the messages it handles by their fields. The reply goes to the Pid held in a field.

struct Job do
  from :: Pid
  id :: Int
  kind :: String
  size :: Int
end

actor worker(done :: Int) do
  receive do
    Job { kind: "stop", from, .. } -> send(from, (0, "stopped after ${done} jobs"))
    Job { kind: "square", from, id, size } -> reply(from, id, "result ${size * size}", done)
    Job { size: 0, from, id, .. } -> reply(from, id, "result 0", done)
    Job { from, id, kind, .. } -> reply(from, id, "unknown kind ${kind}", done)
  end
end

fn reply(to :: Pid, id :: Int, text :: String, done :: Int) do
  send(to, (id, text))
  worker(done + 1)
end

actor client(w) do
  ask(w, 1, "square", 7)
  ask(w, 2, "cube", 0)
  ask(w, 3, "cube", 3)
  ask(w, 4, "stop", 0)
end

fn ask(w, id :: Int, kind :: String, size :: Int) do
  send(w, Job { from: self(), id: id, kind: kind, size: size })
  receive do
    (n, text) -> println("job ${n}: ${text}")
  end
end

fn main() do
  let w = spawn(worker, 0)
  spawn(client, w)
end
