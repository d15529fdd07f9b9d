# Encodes and decodes types from another module.
from Models import Item, Order, Status

pub fn save(order :: Order<String>) -> String do
  Json.encode(order)
end

pub fn load(text :: String) -> Result<Order<String>, String> do
  Order.from_json(text)
end

pub fn restock(text :: String) -> Int do
  case Item.from_json(text) do
    Ok(item) -> item.qty
    Err(_) -> 0
  end
end
