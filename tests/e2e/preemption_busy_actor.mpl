# A busy actor spinning in a long tail-recursive loop does not starve the
# others: two chatty actors play 100 rounds of ping-pong and report before the
# spinner (started first) finishes its 300 million iterations.

actor spinner(boss, n :: Int, acc :: Int) do
  if n == 0 do
    send(boss, "spinner finished (checksum ${acc})")
  else
    spinner(boss, n - 1, acc + n - n / 7 * 7)
  end
end

actor ping(boss, partner, left :: Int) do
  send(partner, (self(), left))
  receive do
    0 -> send(boss, "ping finished its rounds")
    n -> ping(boss, partner, n - 1)
  end
end

actor pong(seen :: Int) do
  receive do
    (from, 0) -> send(from, 0)
    (from, n) -> pong(bounce(from, n, seen))
  end
end

fn bounce(from, n :: Int, seen :: Int) -> Int do
  send(from, n)
  seen + 1
end

fn collect(count :: Int) do
  if count > 0 do
    receive do
      text -> println(text)
    end
    collect(count - 1)
  end
end

fn main() do
  spawn(spinner, self(), 300000000, 0)
  let po = spawn(pong, 0)
  spawn(ping, self(), po, 100)
  collect(2)
end
