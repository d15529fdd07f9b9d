# Maps are immutable: an update returns a new map and every earlier version keeps its
# contents, also when updates branch off an old version or follow deletes.

fn fill(m :: Map<Int, Int>, i :: Int, n :: Int) -> Map<Int, Int> do
  if i == n do
    m
  else
    fill(Map.put(m, i % 5, i), i + 1, n)
  end
end

fn main() do
  let a = %{1 => "one", 2 => "two"}
  let b = Map.put(a, 3, "three")
  let c = Map.put(a, 3, "drei")
  let d = Map.put(b, 1, "uno")
  let e = Map.delete(d, 2)
  let f = Map.put(e, 2, "dos")
  println("${a}")
  println("${b}")
  println("${c}")
  println("${d}")
  println("${e}")
  println("${f}")
  println("[${Map.get(a, 3)}] ${Map.get(b, 1)} ${Map.get(c, 3)} ${Map.get(d, 1)} ${Map.has_key(e, 2)} ${Map.get(f, 2)}")
  # many updates of few keys, then an update of the old version
  let g = fill(Map.new(), 0, 1000)
  let h = fill(g, 0, 3)
  println("${g}")
  println("${h}")
  let del = Map.delete(Map.delete(g, 0), 1)
  println("${del} ${Map.size(del)} ${g}")
  # a key put again after a delete goes to the end; an update keeps its place
  let back = Map.put(Map.put(del, 0, 7), 3, 33)
  println("${Map.keys(back)} ${Map.values(back)}")
end
