# Dijkstra's shortest paths with a leftist-heap priority queue.
type Heap do
  Empty
  Node(rank :: Int, dist :: Int, vertex :: String, left :: Heap, right :: Heap)
end

fn rank(h :: Heap) -> Int do
  case h do
    Empty -> 0
    Node(r, _, _, _, _) -> r
  end
end

fn make_node(d :: Int, v :: String, a :: Heap, b :: Heap) -> Heap do
  if rank(a) >= rank(b) do
    Node(rank(b) + 1, d, v, a, b)
  else
    Node(rank(a) + 1, d, v, b, a)
  end
end

fn merge(a :: Heap, b :: Heap) -> Heap do
  case (a, b) do
    (Empty, h) -> h
    (h, Empty) -> h
    (Node(_, d1, v1, l1, r1), Node(_, d2, _, _, _)) when d1 <= d2 -> make_node(d1, v1, l1, merge(r1, b))
    (_, Node(_, d2, v2, l2, r2)) -> make_node(d2, v2, l2, merge(a, r2))
  end
end

fn push(h :: Heap, d :: Int, v :: String) -> Heap = merge(h, Node(1, d, v, Empty, Empty))

fn pop(h :: Heap) -> Option<(Int, String, Heap)> do
  case h do
    Empty -> None
    Node(_, d, v, l, r) -> Some((d, v, merge(l, r)))
  end
end

type Graph = Map<String, List<(String, Int)>>

fn add_edge(g :: Graph, from :: String, to :: String, w :: Int) -> Graph do
  let existing = Map.get_or(g, from, [])
  let g2 = Map.put(g, from, List.append(existing, (to, w)))
  let back = Map.get_or(g2, to, [])
  Map.put(g2, to, List.append(back, (from, w)))
end

fn relax(edges :: List<(String, Int)>, d :: Int, v :: String, dist :: Map<String, Int>, prev :: Map<String, String>, heap :: Heap) -> (Map<String, Int>, Map<String, String>, Heap) do
  case edges do
    [] -> (dist, prev, heap)
    (to, w) :: rest ->
      let candidate = d + w
      let better = case Map.find(dist, to) do
        Some(old) -> candidate < old
        None -> true
      end
      if better do
        relax(rest, d, v, Map.put(dist, to, candidate), Map.put(prev, to, v), push(heap, candidate, to))
      else
        relax(rest, d, v, dist, prev, heap)
      end
  end
end

fn run(g :: Graph, heap :: Heap, dist :: Map<String, Int>, prev :: Map<String, String>, done :: Set<String>) -> (Map<String, Int>, Map<String, String>) do
  case pop(heap) do
    None -> (dist, prev)
    Some((d, v, rest)) ->
      if Set.contains(done, v) do
        run(g, rest, dist, prev, done)
      else
        let (dist2, prev2, heap2) = relax(Map.get_or(g, v, []), d, v, dist, prev, rest)
        run(g, heap2, dist2, prev2, Set.add(done, v))
      end
  end
end

fn path_to(prev :: Map<String, String>, target :: String, acc :: List<String>) -> List<String> do
  case Map.find(prev, target) do
    None -> target :: acc
    Some(p) -> path_to(prev, p, target :: acc)
  end
end

fn main() do
  let edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
               ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]
  let g = List.reduce(edges, Map.new(), fn g, (a, b, w) -> add_edge(g, a, b, w) end)
  let start = "A"
  let (dist, prev) = run(g, push(Empty, 0, start), %{start => 0}, Map.new(), Set.new())
  let names = Map.keys(dist) |> List.sort(fn a, b -> compare(a, b) end)
  for n in names do
    let p = path_to(prev, n, []) |> String.join(" -> ")
    println("${String.pad_end(n, 3, " ")}${String.pad_start(Int.to_string(Map.get(dist, n)), 4, " ")}  via ${p}")
  end
  let total = Map.values(dist) |> List.sum()
  println("total: ${total}")
end
