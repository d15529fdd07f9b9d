# P3a: ping-pong. Two actors exchange R round trips (default 1,000,000; first argument): the
# pinger sends (self(), i) to the ponger, which sends i back; the pinger checks every reply and
# reports the number of correct round trips to main, which prints "pingpong ok R" or FAIL,
# and the time from the first spawn to the report ("elapsed_ms T").
# Same workload as bench/erlang/bench.erl pingpong and bench/protoactor pingpong.

actor ponger() do
  receive do
    (from, n) -> pong(from, n)
  end
end

fn pong(from, n :: Int) do
  send(from, n)
  if n > 0 do
    ponger()
  end
end

actor pinger(parent, peer, rounds :: Int) do
  send(parent, ping(peer, 1, rounds, 0))
end

# Round trip i of `rounds`; returns the number of replies that carried the right value.
fn ping(peer, i :: Int, rounds :: Int, ok :: Int) -> Int do
  if i > rounds do
    send(peer, (self(), 0))
    receive do
      _ -> ok
    end
  else
    send(peer, (self(), i))
    receive do
      n -> ping(peer, i + 1, rounds, if n == i do ok + 1 else ok end)
    end
  end
end

fn arg_int(default :: Int) -> Int do
  let args = Env.args()
  if List.length(args) > 1 do
    case String.to_int(List.get(args, 1)) do
      Some(n) -> n
      None -> default
    end
  else
    default
  end
end

fn main() do
  let rounds = arg_int(1000000)
  let t0 = Timer.monotonic_ms()
  let peer = spawn(ponger)
  spawn(pinger, self(), peer, rounds)
  receive do
    ok -> finish(ok, rounds, Timer.monotonic_ms() - t0)
  end
end

fn finish(ok :: Int, rounds :: Int, elapsed :: Int) do
  println("elapsed_ms ${elapsed}")
  if ok == rounds do
    println("pingpong ok ${rounds}")
  else
    println("pingpong FAIL ${ok} of ${rounds}")
    Process.exit(self(), Custom("lost replies"))
  end
end
