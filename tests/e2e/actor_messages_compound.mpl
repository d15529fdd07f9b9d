# Compound values travel between actors by copy: structs, sum types, tuples,
# Option and nested combinations, both as messages and as spawn arguments.
# Only the last actor in the chain prints, so the output order is fixed.

struct Order do
  id :: Int
  item :: String
  price :: Float
  note :: String?
end deriving(Eq, Display)

type Command do
  Place(Order)
  Cancel(Int, String)
  Batch((Order, Order))
  Stop
end deriving(Display)

struct Label do
  prefix :: String
  tag :: (Int, Bool)
end deriving(Display)

actor auditor(label :: Label, count :: Int) do
  receive do
    (-1, _, why) -> println("${label.prefix} done after ${count - 1} entries: ${why}")
    (n, Some(o), why) -> auditor(label, audit(label, n, o, why, count))
    (n, None, why) -> auditor(label, audit_none(label, n, why, count))
  end
end

actor clerk(next, label :: Label) do
  receive do
    Place(o) -> clerk(forward(next, o.id, Some(o), "${label.prefix} got ${Place(o)}"), label)
    Cancel(id, reason) -> clerk(forward(next, id, None, "cancel: ${reason}"), label)
    Batch((a, b)) -> clerk(batch(next, a, b), label)
    Stop -> send(next, (-1, None, "${label.prefix} ${label.tag} stopped"))
  end
end

fn audit(label :: Label, n :: Int, o :: Order, why :: String, count :: Int) -> Int do
  println("${label.prefix} #${count} (${why}): ${n} -> ${o}")
  count + 1
end

fn audit_none(label :: Label, n :: Int, why :: String, count :: Int) -> Int do
  println("${label.prefix} #${count} (${why}): ${n} -> nothing")
  count + 1
end

fn forward(next, n :: Int, o :: Order?, why :: String) do
  send(next, (n, o, why))
  next
end

fn batch(next, a :: Order, b :: Order) do
  let merged = %{a | item: a.item <> "+" <> b.item, price: a.price + b.price}
  forward(next, a.id + b.id, Some(merged), "batch, same order twice? ${a == b}")
end

fn main() do
  let label = Label { prefix: "audit", tag: (7, true) }
  let a = spawn(auditor, label, 1)
  let c = spawn(clerk, a, Label { prefix: "front", tag: (0, false) })
  let tea = Order { id: 1, item: "tea", price: 2.5, note: None }
  let cake = Order { id: 2, item: "cake", price: 4.25, note: Some("no nuts") }
  send(c, Place(tea))
  send(c, Cancel(9, "changed mind"))
  send(c, Batch((tea, cake)))
  send(c, Place(%{cake | note: Some("extra cream")}))
  send(c, Batch((cake, cake)))
  send(c, Stop)
end
