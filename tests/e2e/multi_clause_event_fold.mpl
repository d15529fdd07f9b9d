# Inventory events folded with multi-clause functions, keyword arguments and index syntax.
type Event do
  Received(sku :: String, qty :: Int)
  Shipped(sku :: String, qty :: Int)
  Adjusted(sku :: String, delta :: Int, reason :: String)
  Audit
end deriving(Eq, Debug)

struct Totals do
  stock :: Map<String, Int>
  log :: List<String>
  audits :: Int
end

fn fold(totals :: Totals, Received(sku, qty)) when qty > 0 do
  add(totals, sku, qty, "in ${qty} ${sku}")
end
fn fold(totals, Shipped(sku, qty)) do
  let have = Map.get_or(totals.stock, sku, 0)
  if qty > have do
    %{totals | log: totals.log ++ ["cannot ship ${qty} ${sku} (have ${have})"]}
  else
    add(totals, sku, -qty, "out ${qty} ${sku}")
  end
end
fn fold(totals, Adjusted(sku, delta, reason)) = add(totals, sku, delta, "adjust ${sku} by ${delta}: ${reason}")
fn fold(totals, Audit) = %{totals | audits: totals.audits + 1}
fn fold(totals, other) = %{totals | log: totals.log ++ ["ignored ${inspect(other)}"]}

fn add(totals :: Totals, sku :: String, delta :: Int, note :: String) -> Totals do
  let stock = Map.update(totals.stock, sku, delta, fn n -> n + delta end)
  %{totals | stock: stock, log: List.append(totals.log, note)}
end

fn report(totals :: Totals, opts :: Map<String, Int>) -> List<String> do
  let min = Map.get_or(opts, "min", 0)
  let limit = Map.get_or(opts, "limit", 100)
  Map.to_list(totals.stock)
    |> List.filter(fn (_, n) -> n >= min end)
    |> List.sort_by(fn (sku, _) -> sku end)
    |> List.take(limit)
    |> List.map(fn (sku, n) -> "${sku}=${n}" end)
end

fn main() do
  let events = [Received("bolt", 100), Received("nut", 40), Shipped("bolt", 30), Shipped("nut", 50),
                Adjusted("nut", -2, "damaged"), Audit, Received("gear", 0), Received("gear", 5), Audit]
  let start = Totals { stock: %{}, log: [], audits: 0 }
  let totals = List.reduce(events, start, fold)
  for line in totals.log do
    println(line)
  end
  println("audits: ${totals.audits}")
  println("report: ${report(totals, min: 5)}")
  println("top: ${report(totals, min: 0, limit: 1)}")
  let skus = Map.keys(totals.stock)
  println("first sku: ${skus[0]}, stock of it: ${totals.stock[skus[0]]}")
  println("events equal: ${events[0] == Received("bolt", 100)}")
end
