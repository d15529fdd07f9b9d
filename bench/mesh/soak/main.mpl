# Message soak across all workers: S senders (default 10) each send N messages (default
# 1,000,000: 10,000,000 in all) spread round robin over R receivers (default 10). Message ids
# run over 0 .. S*N-1, each sent exactly once; every sender ends by sending -1 to each
# receiver. Each receiver counts the ids it gets, sums them and sums their squares modulo
# 1,000,000,007, and reports (count, sum, squares) to main when it has seen S end markers.
# Main computes the expected three values itself and prints "soak ok" only if all match
# (FAIL and status 1 otherwise): a lost or duplicated message changes the count, and any
# loss/duplicate pair of different ids changes both sums.
# Prints the time from the first spawn to the last report ("elapsed_ms T").
# Usage: soak [S] [R] [N]

actor receiver(parent, senders :: Int) do
  send(parent, take(senders, 0, 0, 0))
end

fn take(open :: Int, count :: Int, sum :: Int, sq :: Int) -> (Int, Int, Int) do
  if open == 0 do
    (count, sum, sq)
  else
    receive do
      -1 -> take(open - 1, count, sum, sq)
      v -> take(open, count + 1, sum + v, (sq + (v % 1000000007) * (v % 1000000007)) % 1000000007)
    end
  end
end

actor sender(receivers :: List<Pid<Int>>, r :: Int, s :: Int, n :: Int) do
  pump(receivers, r, s, s * n, 0, n)
  List.each(receivers, fn p -> send(p, -1) end)
end

fn pump(receivers :: List<Pid<Int>>, r :: Int, s :: Int, base :: Int, seq :: Int, n :: Int) do
  if seq < n do
    send(List.get(receivers, (seq + s) % r), base + seq)
    pump(receivers, r, s, base, seq + 1, n)
  end
end

fn spawn_receivers(i :: Int, me, senders :: Int, acc :: List<Pid<Int>>) -> List<Pid<Int>> do
  if i == 0 do
    acc
  else
    spawn_receivers(i - 1, me, senders, List.prepend(acc, spawn(receiver, me, senders)))
  end
end

fn spawn_senders(s :: Int, receivers :: List<Pid<Int>>, r :: Int, n :: Int) -> Int do
  if s == 0 do
    0
  else
    spawn(sender, receivers, r, s - 1, n)
    spawn_senders(s - 1, receivers, r, n)
  end
end

fn gather(left :: Int, count :: Int, sum :: Int, sq :: Int) -> (Int, Int, Int) do
  if left == 0 do
    (count, sum, sq)
  else
    receive do
      (c, s, q) -> gather(left - 1, count + c, sum + s, (sq + q) % 1000000007)
    end
  end
end

fn squares(v :: Int, total :: Int, acc :: Int) -> Int do
  if v == total do
    acc
  else
    squares(v + 1, total, (acc + (v % 1000000007) * (v % 1000000007)) % 1000000007)
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
  let s = arg_int(1, 10)
  let r = arg_int(2, 10)
  let n = arg_int(3, 1000000)
  let total = s * n
  let t0 = Timer.monotonic_ms()
  let receivers = spawn_receivers(r, self(), s, List.new())
  spawn_senders(s, receivers, r, n)
  let (count, sum, sq) = gather(r, 0, 0, 0)
  println("elapsed_ms ${Timer.monotonic_ms() - t0}")
  let want_sq = squares(0, total, 0)
  println("soak: ${count} messages (expected ${total}), sum ${sum} (expected ${total * (total - 1) / 2}), squares ${sq} (expected ${want_sq})")
  if count == total && sum == total * (total - 1) / 2 && sq == want_sq do
    println("soak ok ${total}")
  else
    println("soak FAIL")
    Process.exit(self(), Custom("messages lost or duplicated"))
  end
end
