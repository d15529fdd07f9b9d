# A request struct carries the sender's Pid; the server answers with a tuple
# holding an Option, and the client matches on it. Requests are handled one
# at a time and each client waits for its answer before asking again.

struct Request do
  from :: Pid
  n :: Int
  op :: String
end

actor server(handled :: Int) do
  receive do
    r -> server(answer(r, handled))
  end
end

fn answer(r :: Request, handled :: Int) -> Int do
  let result = case r.op do
    "double" -> (r.n * 2, Some("doubled"))
    "negate" -> (0 - r.n, Some("negated"))
    _ -> (r.n, None)
  end
  send(r.from, (result, handled + 1))
  handled + 1
end

actor client(s, ops :: (String, String, String)) do
  let (a, b, c) = ops
  ask(s, a, 21)
  ask(s, b, 5)
  ask(s, c, 9)
end

fn ask(s, op :: String, n :: Int) do
  send(s, Request { from: self(), n: n, op: op })
  receive do
    ((v, Some(what)), count) -> println("request ${count}: ${op} ${n} -> ${what} ${v}")
    ((v, None), count) -> println("request ${count}: ${op} ${n} -> unchanged ${v}")
  end
end

fn main() do
  let s = spawn(server, 0)
  spawn(client, s, ("double", "shout", "negate"))
end
