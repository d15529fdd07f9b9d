from Geometry.Shapes import Shape, HasArea
import Stats

pub struct Item do
  name :: String
  shape :: Shape
  price :: Int
end

pub fn total_area(items :: List<Item>) -> Float do
  items |> List.map(fn i -> i.shape.area() end) |> List.sum_float()
end

pub fn price_summary(items :: List<Item>) -> String do
  case Stats.summarize(List.map(items, fn i -> i.price end)) do
    Some(s) -> "${s.count} items, prices ${s.min}..${s.max}"
    None -> "no items"
  end
end
