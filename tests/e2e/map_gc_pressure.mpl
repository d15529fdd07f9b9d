# A big map built while lots of garbage is allocated (so the per-actor collector runs many
# times): every key and value must survive, in the newest version and in an old one kept
# alive alongside, in the main actor and in a spawned one.

fn build(m :: Map<String, List<String>>, i :: Int, n :: Int) -> Map<String, List<String>> do
  if i == n do
    m
  else
    let junk = String.repeat("x", i % 50)
    let value = ["v${i}", "${String.length(junk)}"]
    build(Map.put(m, "key${i}", value), i + 1, n)
  end
end

fn check(m :: Map<String, List<String>>, i :: Int, n :: Int, bad :: Int) -> Int do
  if i == n do
    bad
  else
    let v = Map.get(m, "key${i}")
    let ok = List.length(v) == 2 and List.head(v) == "v${i}" and List.last(v) == "${i % 50}"
    check(m, i + 1, n, if ok do bad else bad + 1 end)
  end
end

fn churn(m :: Map<String, List<String>>, i :: Int) -> Map<String, List<String>> do
  if i == 0 do
    m
  else
    churn(Map.put(Map.delete(m, "key${i}"), "key${i}", ["v${i}", "${i % 50}"]), i - 1)
  end
end

fn run(label :: String) do
  let n = 30000
  let m = build(Map.new(), 0, n)
  let half = build(Map.new(), 0, n / 2)
  let churned = churn(m, 1000)
  let sets = List.map(Range.to_list(0..2000), fn i -> Set.from_list(["s${i}", "t${i}"]) end)
  println("${label}: size ${Map.size(m)} bad ${check(m, 0, n, 0)}")
  println("${label}: half ${Map.size(half)} bad ${check(half, 0, n / 2, 0)}")
  println("${label}: churned ${Map.size(churned)} bad ${check(churned, 0, n, 0)} first ${List.head(Map.keys(churned))}")
  println("${label}: sets ${List.length(sets)} ${List.last(sets)}")
end

actor worker(reply :: Pid<String>) do
  run("actor")
  send(reply, "done")
end

fn main() do
  run("main")
  let w = spawn(worker, self())
  receive do
    msg -> println(msg)
  end
end
