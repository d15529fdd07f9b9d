# Popping an empty queue is a Mesh panic at the call.

fn main() do
  let q = Queue.push(Queue.new(), 1)
  let (x, rest) = Queue.pop(q)
  println("${x}")
  let (y, _) = Queue.pop(rest)
  println("not reached ${y}")
end
