# deriving(Json) across modules: the types live in models.mpl, some of the
# encoding and decoding in store.mpl, the rest here.
import Store
import Models
from Models import Item, Order, Status

fn describe(o :: Order<String>) -> String do
  let state = case o.status do
    Open -> "open"
    Shipped(carrier) -> "shipped by ${carrier}"
  end
  "order ${o.id}: ${List.length(o.items)} items, ${state}, note ${o.note}"
end

fn sum_notes(o :: Order<List<Int>>) -> String do
  "notes add up to ${List.reduce(o.note, 0, fn(a, b) -> a + b end)}"
end

fn main() do
  let order = Order { id: 7, items: [Item { sku: "A-1", qty: 2 }], status: Shipped("DHL"), note: "fragile" }
  let text = Store.save(order)
  println(text)
  case Store.load(text) do
    Ok(o) -> println(describe(o))
    Err(e) -> println("error: ${e}")
  end
  println(Json.encode(Open))
  println("${Store.restock("{\"sku\":\"B\",\"qty\":12}")}")
  case Order.from_json("{\"id\":1,\"items\":[],\"status\":{\"tag\":\"Open\"},\"note\":[1,2]}") do
    Ok(o) -> println(sum_notes(o))
    Err(e) -> println("error: ${e}")
  end
end
