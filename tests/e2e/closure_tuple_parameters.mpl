# Where a function of one tuple is wanted, a closure written with one parameter per element takes
# the tuple apart (as Swift's closures do; `fn ((k, v)) -> ... end` says the same explicitly).
fn main() do
  let stock = [("apple", 3), ("pear", 0), ("plum", 12)]
  let empty = List.filter(stock, fn (_, qty) -> qty == 0 end)
  println("${empty}")
  let names = stock |> List.map(fn (name, qty) -> "${name}:${qty}" end)
  println("${names}")
  let total = List.reduce(stock, 0, fn acc, (_, qty) -> acc + qty end)
  println("${total}")
  let explicit = List.map(stock, fn ((name, _)) -> String.length(name) end)
  println("${explicit}")
  let by_qty = Map.from_list(stock) |> Map.to_list() |> List.sort(fn ((_, a), (_, b)) -> compare(a, b) end)
  println("${by_qty}")
  let triples = [(1, 2, 3), (4, 5, 6)] |> List.map(fn (a, b, c) -> a * b + c end)
  println("${triples}")
  let any_big = Iter.from(stock) |> Iter.any(fn (_, q) -> q > 10 end)
  println("${any_big}")
  let clauses = List.map(stock, fn ("pear", _) -> "no pears" | (n, q) when q > 5 -> "${n} plenty" | (n, _) -> n end)
  println("${clauses}")
end
