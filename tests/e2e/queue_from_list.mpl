# Queue.from_list(xs) builds a queue whose front is the list's head (Erlang's queue:from_list,
# Gleam's queue.from_list); Queue.to_list gives the items back in the same order.
fn drain(q :: Queue<String>, acc :: List<String>) -> List<String> do
  if Queue.is_empty(q) do
    acc
  else
    let (item, rest) = Queue.pop(q)
    drain(rest, List.append(acc, item))
  end
end

fn main() do
  let q = Queue.from_list(["a", "b", "c"])
  println("${q} size ${Queue.size(q)} front ${Queue.peek(q)}")
  println("${drain(Queue.push(q, "d"), [])}")
  println("${Queue.to_list(Queue.from_list([3, 1, 2])) == [3, 1, 2]} ${Queue.is_empty(Queue.from_list([]))}")
  let jobs = [(1, "build"), (2, "test")] |> Queue.from_list()
  let (first, _) = Queue.pop(jobs)
  println("${first}")
end
