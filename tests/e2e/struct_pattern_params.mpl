# Struct patterns where parameters are bound: a function's parameter (no annotation
# needed: the pattern names the struct), the heads of a multi-clause function, closures
# of one and of several clauses, `for` loops and `let`.

struct Point do
  x :: Int
  y :: Int
end

struct Order do
  item :: String
  quantity :: Int
  express :: Bool
end

fn manhattan(Point { x, y }) do
  abs(x) + abs(y)
end

fn abs(n :: Int) -> Int do
  if n < 0 do 0 - n else n end
end

# Clauses are tried in order; the last one matches every Order.
fn shipping(Order { quantity: 0, .. }) do
  "nothing to ship"
end

fn shipping(Order { express: true, item, .. }) do
  "${item} by courier"
end

fn shipping(Order { item, quantity, .. }) when quantity > 10 do
  "${quantity} x ${item} by freight"
end

fn shipping(Order { item, quantity, express: _ }) do
  "${quantity} x ${item} by post"
end

fn main() do
  println("${manhattan(Point { x: -3, y: 4 })}")
  println(shipping(Order { item: "tea", quantity: 0, express: true }))
  println(shipping(Order { item: "tea", quantity: 2, express: true }))
  println(shipping(Order { item: "rice", quantity: 50, express: false }))
  println(shipping(Order { item: "salt", quantity: 3, express: false }))

  let points = [Point { x: 1, y: 2 }, Point { x: 0, y: 5 }, Point { x: 3, y: 0 }]
  let xs = List.map(points, fn Point { x, .. } -> x * 10 end)
  println("${xs}")
  let names = List.map(points, fn
    Point { x: 0, .. } -> "on y"
    | Point { y: 0, .. } -> "on x"
    | Point { x, y } -> "(${x}, ${y})"
  end)
  println("${names}")
  let total = List.reduce(points, 0, fn acc, Point { x, y } -> acc + x * y end)
  println("sum of products: ${total}")

  for Point { x, y } in points do
    println("${x}/${y}")
  end
  let ys = for Point { y, .. } in points when y > 0 do
    y
  end
  println("${ys}")

  let Point { x: a, y: b } = Point { x: 7, y: 8 }
  let Order { item, .. } = Order { item: "soap", quantity: 1, express: false }
  println("${a} ${b} ${item}")
end
