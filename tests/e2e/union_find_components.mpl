# Union-find over a Map<String, String> of parents with union by size and path compression,
# used to group friends into circles and to detect a cycle; then a 10-million-step tail-recursive
# loop (a linear congruential generator) checks that self tail calls run in constant stack.

struct Forest do
  parent :: Map<String, String>
  size :: Map<String, Int>
end

fn empty() -> Forest = Forest { parent: Map.new(), size: Map.new() }

fn add(f :: Forest, x :: String) -> Forest do
  if Map.has_key(f.parent, x) do
    f
  else
    Forest { parent: Map.put(f.parent, x, x), size: Map.put(f.size, x, 1) }
  end
end

fn root(f :: Forest, x :: String) -> String do
  let p = Map.get(f.parent, x)
  if p == x do x else root(f, p) end
end

# Find the root and point every node on the path straight at it.
fn find(f :: Forest, x :: String) -> (String, Forest) do
  let r = root(f, x)
  (r, Forest { parent: compress(f.parent, x, r), size: f.size })
end

fn compress(parent :: Map<String, String>, x :: String, r :: String) -> Map<String, String> do
  let p = Map.get(parent, x)
  if p == r or x == r do parent else compress(Map.put(parent, x, r), p, r) end
end

fn union(f0 :: Forest, a :: String, b :: String) -> (Bool, Forest) do
  let (ra, f1) = find(add(add(f0, a), b), a)
  let (rb, f2) = find(f1, b)
  if ra == rb do
    (false, f2)
  else
    let (big, small) = if Map.get(f2.size, ra) >= Map.get(f2.size, rb) do (ra, rb) else (rb, ra) end
    let total = Map.get(f2.size, big) + Map.get(f2.size, small)
    (true, Forest { parent: Map.put(f2.parent, small, big), size: Map.put(f2.size, big, total) })
  end
end

fn groups(f :: Forest) -> List<List<String>> do
  Map.keys(f.parent)
  |> List.group_by(fn x -> root(f, x) end)
  |> Map.values()
  |> List.map(fn g -> List.sort(g, compare) end)
  |> List.sort_by(fn g -> (0 - List.length(g), List.head(g)) end)
end

fn lcg(steps :: Int, state :: Int, hits :: Int) -> (Int, Int) do
  if steps == 0 do
    (state, hits)
  else
    let next = (state * 1103515245 + 12345) % 2147483648
    lcg(steps - 1, next, if next % 1000 == 0 do hits + 1 else hits end)
  end
end

fn main() do
  let friendships = [("ann", "bob"), ("cat", "dan"), ("bob", "eve"), ("fay", "fay"), ("dan", "gus"), ("eve", "ann"), ("hal", "cat")]
  let (forest, redundant) = List.reduce(friendships, (empty(), []), fn (f, extra), (a, b) ->
    let (joined, next) = union(f, a, b)
    if joined do (next, extra) else (next, List.append(extra, "${a}-${b}")) end
  end)
  let circles = groups(forest)
  println("${List.length(circles)} circles:")
  for (i, g) in List.enumerate(circles) do
    println("  ${i + 1}. ${String.join(g, ", ")} (${List.length(g)})")
  end
  println("redundant links (cycles): ${redundant}")
  let (r, compressed) = find(forest, "eve")
  println("root of eve: ${r}; eve points at root after find: ${Map.get(compressed.parent, "eve") == r}")
  let same = fn a, b -> root(forest, a) == root(forest, b) end
  println("ann~eve ${same("ann", "eve")}, ann~dan ${same("ann", "dan")}, hal~gus ${same("hal", "gus")}")
  # A grid of 30x30 cells joined along rows only, then one column: every cell ends up in one set.
  let cells = for r in 0..30 do for c in 0..30 do "${r}:${c}" end end
  let rows = List.reduce(List.flat_map(cells, fn row -> List.zip(row, List.drop(row, 1)) end), empty(), fn f, (a, b) -> Tuple.second(union(f, a, b)) end)
  let joined = List.reduce(Range.to_list(1..30), rows, fn f, r -> Tuple.second(union(f, "0:0", "${r}:0")) end)
  println("grid: ${List.length(groups(rows))} sets by rows, ${List.length(groups(joined))} after joining a column")
  let (state, hits) = lcg(10_000_000, 42, 0)
  println("lcg after 10,000,000 steps: ${state}, multiples of 1000 seen: ${hits}")
end
