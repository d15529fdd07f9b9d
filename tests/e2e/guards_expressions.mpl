# Guards (`when`) on function clauses, case arms, closure clauses and receive
# arms may use any Bool expression: arithmetic (upstream rejects `n % 2 == 0` in
# a case guard with E0013), calls, field access, `and`/`or`/`not`, closures.

struct Item do
  name :: String
  price :: Int
end

fn is_small(n) = n < 10

fn kind(n) when n % 2 == 0 and is_small(n) = "small even"
fn kind(n) when n % 2 == 0 = "even"
fn kind(n) when not is_small(n) || n == 7 = "odd, big or seven"
fn kind(_) = "small odd"

fn label(item :: Item) -> String do
  case item do
    i when i.price * 2 > 100 -> "${i.name}: pricey"
    i when String.length(i.name) > 5 && i.price > 0 -> "${i.name}: long name"
    i when List.any([0, -1], fn p -> p == i.price end) -> "${i.name}: free or odd"
    i -> "${i.name}: fine"
  end
end

actor collector(limit :: Int) do
  receive do
    n when n * n > limit -> println("big square from ${n}")
    n when n > 0 -> println("small ${n}")
  end
  collector(limit)
end

fn main() do
  for n in [4, 12, 7, 3, 21] do
    println("${n}: ${kind(n)}")
  end
  let items = [Item { name: "lamp", price: 60 }, Item { name: "bookshelf", price: 30 }, Item { name: "gift", price: 0 }, Item { name: "pen", price: 2 }]
  println("${List.map(items, fn i -> label(i) end)}")
  let sign = fn n when n < 0 -> -1 | n when n - n == 0 and n > 0 -> 1 | _ -> 0 end
  println("signs: ${sign(-5)} ${sign(0)} ${sign(8)}")
  let pid = spawn(collector, 50)
  send(pid, 3)
  send(pid, 9)
end
