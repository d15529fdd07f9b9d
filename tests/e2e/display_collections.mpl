# Display of collections (section C of the reference): lists, maps and sets in
# insertion order, nested collections, strings unquoted inside; queues front
# first as Queue[...]; ranges as a..b.

fn main() do
  let q = Queue.push(Queue.push(Queue.push(Queue.new(), 1), 2), 3)
  let (_, rest) = Queue.pop(q)
  println("queue: ${q} after pop: ${rest} empty: ${Queue.new()}")
  let names = Queue.push(Queue.new(), "ann")
  println("queue of strings: ${names} in a list: ${[names, names]}")
  let m = Map.put(Map.put(Map.put(%{}, "z", 1), "a", 2), "z", 3)
  println("map: ${m} empty: ${%{}}")
  let s = Set.add(Set.add(Set.add(Set.new(), 30), 10), 30)
  println("set: ${s} empty: ${Set.new()}")
  let nested = %{1 => [Set.from_list(["x"])], 2 => []}
  println("nested: ${nested} ${[[1, 2], [], [3]]} ${[%{"k" => [1.5, 2.0]}]}")
  println("range: ${1..4} ${Range.new(-2, 0)}")
  println("via to_string: ${q.to_string()} ${[1, 2].to_string()}")
end
