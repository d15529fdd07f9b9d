# P3b: fan-in. S senders (default 1000; first argument) each send M messages (default 1000;
# second argument) to one sink as fast as they can. The values are 1..S*M, each exactly once;
# the sink counts and sums what it receives and reports the sum to main, which checks it.
# Output "elapsed_ms T" (first spawn to the sink's report), then "fanin ok N" (N = S*M
# messages) or FAIL (status 1).

actor sink(parent, total :: Int) do
  send(parent, drain(total, 0))
end

fn drain(left :: Int, sum :: Int) -> Int do
  if left == 0 do
    sum
  else
    receive do
      v -> drain(left - 1, sum + v)
    end
  end
end

actor sender(to, base :: Int, m :: Int) do
  blast(to, base, 1, m)
end

fn blast(to, base :: Int, k :: Int, m :: Int) do
  if k <= m do
    send(to, base + k)
    blast(to, base, k + 1, m)
  end
end

fn start(to, s :: Int, m :: Int) -> Int do
  if s == 0 do
    0
  else
    spawn(sender, to, (s - 1) * m, m)
    start(to, s - 1, m)
  end
end

fn arg_int(i :: Int, default :: Int) -> Int do
  let args = Env.args()
  if List.length(args) > i do
    case String.to_int(List.get(args, i)) do
      Some(n) -> n
      None -> default
    end
  else
    default
  end
end

fn main() do
  let s = arg_int(1, 1000)
  let m = arg_int(2, 1000)
  let total = s * m
  let t0 = Timer.monotonic_ms()
  let to = spawn(sink, self(), total)
  start(to, s, m)
  receive do
    sum -> finish(sum, total, Timer.monotonic_ms() - t0)
  end
end

fn finish(sum :: Int, total :: Int, elapsed :: Int) do
  println("elapsed_ms ${elapsed}")
  if sum == total * (total + 1) / 2 do
    println("fanin ok ${total}")
  else
    println("fanin FAIL sum ${sum}, expected ${total * (total + 1) / 2}")
    Process.exit(self(), Custom("wrong sum"))
  end
end
