# Types deriving Json, used from main.mpl and from store.mpl.

pub struct Item do
  sku :: String
  qty :: Int
end deriving(Json)

pub type Status do
  Open
  Shipped(String)
end deriving(Json)

pub struct Order<T> do
  id :: Int
  items :: List<Item>
  status :: Status
  note :: T
end deriving(Json)
