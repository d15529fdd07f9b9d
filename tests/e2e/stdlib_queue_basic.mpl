# Queue: FIFO push/pop/peek/size/is_empty; old versions are unchanged by later pushes and pops.

# Pops every item; returns how many there were and the last one.
fn drain(q :: Queue<Int>, count :: Int, last :: Int) -> (Int, Int) do
  if Queue.is_empty(q) do
    (count, last)
  else
    let (item, rest) = Queue.pop(q)
    drain(rest, count + 1, item)
  end
end

fn fill(q :: Queue<Int>, i :: Int, n :: Int) -> Queue<Int> do
  if i == n do
    q
  else
    fill(Queue.push(q, i), i + 1, n)
  end
end

fn main() do
  let q = Queue.new()
  let q = Queue.push(q, 10)
  let q = Queue.push(q, 20)
  println("${Queue.size(q)} ${Queue.peek(q)} ${Queue.is_empty(q)} ${Queue.is_empty(Queue.new())}")
  let (front, rest) = Queue.pop(q)
  let rest2 = Queue.push(rest, 30)
  let other = Queue.push(q, 99)
  println("${front} ${Queue.to_list(rest)} ${Queue.to_list(rest2)} ${Queue.to_list(q)} ${Queue.to_list(other)}")
  let big = fill(Queue.new(), 0, 100000)
  let (drained, last) = drain(big, 0, -1)
  println("${Queue.size(big)} ${drained} ${last} ${Queue.peek(big)}")
  println("${Queue.push(Queue.new(), "x") == Queue.push(Queue.new(), "x")}")
  let words = Queue.push(Queue.push(Queue.new(), "a"), "b")
  println("${words.size()} ${words.peek()}")
end
