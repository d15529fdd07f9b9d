# expect-error: E0004
# expect-error: E0004
# expect-error: E0004
# expect-text: did you mean `Point`?
# expect-text: unknown type `Custmer`
# expect-text: did you mean `Item`?
# An unknown type is reported where it is written; field access, calls and matches on values of
# that type are not reported again (no "needs a struct, but this is a {error}").

struct Point do
  x :: Int
  y :: Int
end

struct Item do
  name :: String
end

struct Order do
  id :: Int
  customer :: Custmer
  items :: List<Iten>
end

fn show(p :: Pont) -> String = "${p.x}"

fn customer_name(o :: Order) -> String = o.customer.name

fn first_item(o :: Order) -> String do
  case List.head(o.items) do
    x -> x.name
  end
end

fn main() do
  let o = Order { id: 1, customer: 3, items: [] }
  println("${show(Point { x: 1, y: 2 })} ${customer_name(o)} ${first_item(o)}")
end
