# Ten thousand actors, each receiving exactly one message. The relays form a
# chain: each adds its own number to the running total it receives and sends
# the result to the next one; the last link reports the grand total.

actor reporter(expected :: Int) do
  receive do
    total -> report(total, expected)
  end
end

actor relay(k :: Int, next) do
  receive do
    total -> send(next, total + k)
  end
end

fn report(total :: Int, expected :: Int) do
  println("sum from 10000 relays: ${total}")
  if total == expected do
    println("as expected")
  else
    println("wrong, expected ${expected}")
  end
end

# Puts relays k, k-1, ..., stop+1 in front of `next`; returns the new head.
fn chain(k :: Int, stop :: Int, next) do
  if k == stop do
    next
  else
    chain(k - 1, stop, spawn(relay, k, next))
  end
end

# Builds the chain a hundred relays at a time, to keep recursion shallow.
fn chain_batches(batch :: Int, next) do
  if batch == 0 do
    next
  else
    chain_batches(batch - 1, chain(batch * 100, batch * 100 - 100, next))
  end
end

fn main() do
  let sink = spawn(reporter, 50005000)
  let head = chain_batches(100, sink)
  send(head, 0)
end
