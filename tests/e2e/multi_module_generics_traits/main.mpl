from Geometry.Shapes import Shape, HasArea, largest
from Inventory import Item, total_area, price_summary
import Stats

fn main() do
  let items = [
    Item { name: "coaster", shape: Circle(4.0), price: 3 },
    Item { name: "tile", shape: Rect(10.0, 10.0), price: 12 },
    Item { name: "pennant", shape: Triangle(3.0, 4.0, 5.0), price: 7 },
    Item { name: "mat", shape: Rect(20.0, 5.0), price: 12 }
  ]
  for item in items do
    println("${item.name}: ${item.shape} -> ${item.shape.describe()}")
  end
  println("total area: ${Float.to_precision(total_area(items), 3)}")
  println(price_summary(items))
  println(price_summary([]))
  case largest(List.map(items, fn i -> i.shape end)) do
    Some(s) -> println("largest: ${s}")
    None -> println("none")
  end
  println("${Stats.summarize(["pear", "apple", "fig"])}")
  println("${Stats.frequencies(List.map(items, fn i -> i.price end))}")
  println("scaled: ${Stats.scaled(3)}")
  println("same shape: ${Rect(1.0, 2.0) == Rect(1.0, 2.0)}")
end
