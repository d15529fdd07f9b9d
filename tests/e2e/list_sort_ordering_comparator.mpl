# List.sort takes a comparator returning an Int (negative: the first goes first) or an Ordering,
# so `compare` and user Ord impls can order a list directly; both sorts are stable.
struct Task do
  name :: String
  priority :: Int
end deriving(Debug)

fn by_priority_then_name(a :: Task, b :: Task) -> Ordering do
  case compare(b.priority, a.priority) do
    Equal -> compare(a.name, b.name)
    other -> other
  end
end

fn main() do
  let pairs = [("b", 2), ("a", 3), ("c", 2), ("d", 3), ("e", 1)]
  let by_count = List.sort(pairs, fn x, y ->
    let (_, cx) = x
    let (_, cy) = y
    compare(cx, cy)
  end)
  println("${by_count}")
  let descending = List.sort([3, 1, 2], fn a, b -> compare(b, a) end)
  println("${descending}")
  let by_int = List.sort([3, 1, 2], fn a, b -> a - b end)
  println("${by_int}")
  let tasks = [Task { name: "write", priority: 1 }, Task { name: "test", priority: 3 }, Task { name: "build", priority: 3 }]
  let ordered = List.sort(tasks, by_priority_then_name) |> List.map(fn t -> t.name end)
  println("${ordered}")
  let words = ["pear", "fig", "apple", "kiwi"] |> List.sort(fn a, b -> compare(String.length(a), String.length(b)) end)
  println("${words}")
end
