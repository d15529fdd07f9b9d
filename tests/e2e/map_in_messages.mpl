# Maps, sets, ranges and queues are deep-copied into messages and spawn arguments; the
# receiver gets equal values (keys still found by hash) and the sender's copy is unaffected.

struct Inventory do
  items :: Map<String, Int>
  tags :: Set<String>
  span :: Range
  pending :: Queue<Int>
end

fn restock(start :: Map<String, Int>, inv :: Inventory) -> Inventory do
  Inventory {
    items: Map.merge(start, inv.items),
    tags: Set.add(inv.tags, "kept"),
    span: Range.new(Range.length(inv.span), 10),
    pending: Queue.push(inv.pending, Map.get(start, "apple"))
  }
end

actor keeper(start :: Map<String, Int>) do
  receive do
    (from, inv) -> send(from, restock(start, inv))
  end
end

fn main() do
  let k = spawn(keeper, %{"apple" => 1, "pear" => 2})
  let inv = Inventory { items: %{"pear" => 20, "plum" => 30}, tags: Set.from_list(["fresh"]), span: 3..6, pending: Queue.push(Queue.new(), 7) }
  send(k, (self(), inv))
  receive do
    reply ->
      println("${reply.items} ${reply.tags} ${Map.get(reply.items, "plum")} ${Set.contains(reply.tags, "fresh")} ${reply.span} ${Queue.to_list(reply.pending)}")
  end
  println("${inv.items} ${inv.tags} ${inv.span} ${Queue.to_list(inv.pending)}")
end
