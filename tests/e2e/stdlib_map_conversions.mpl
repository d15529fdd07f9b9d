# Map.merge (the right side wins, keeping the left's order), to_list/from_list, equality.

fn main() do
  let m1 = Map.put(Map.put(Map.new(), 1, 10), 2, 20)
  let m2 = Map.put(Map.put(Map.new(), 2, 200), 3, 30)
  let merged = Map.merge(m1, m2)
  println("${merged} ${Map.size(merged)}")
  println("${m1} ${m2}")
  let pairs = Map.to_list(m1)
  println("${pairs} ${List.length(pairs)}")
  let rebuilt = Map.from_list(pairs)
  println("${rebuilt} ${rebuilt == m1}")
  println("${Map.from_list([("x", 1), ("y", 2), ("x", 3)])}")
  println("${Map.from_list([])}")
  # equality ignores insertion order; values are compared too
  println("${%{1 => "a", 2 => "b"} == %{2 => "b", 1 => "a"}}")
  println("${%{1 => "a", 2 => "b"} == %{1 => "a", 2 => "c"}}")
  println("${%{1 => "a"} == %{1 => "a", 2 => "b"}}")
  println("${%{1 => "a"} != Map.delete(%{1 => "a", 2 => "b"}, 2)}")
  println("${[%{1 => 2}] == [%{1 => 2}]}")
end
