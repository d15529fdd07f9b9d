# Warehouse inventory: Sets of structs deriving Hash, Set algebra between warehouses,
# Map counts, restock rules with Result and a From conversion for errors.

struct Sku do
  code :: String
  size :: Int
end deriving(Eq, Ord, Hash, Display, Debug)

type StockError do
  Unknown(Sku)
  Short(Sku, Int)
  Parse(String)
end deriving(Debug)

impl From<String> for StockError do
  fn from(msg :: String) -> StockError = Parse(msg)
end

impl Display for StockError do
  fn to_string(self) -> String do
    case self do
      Unknown(s) -> "unknown item ${s}"
      Short(s, n) -> "only ${n} of ${s} left"
      Parse(m) -> "parse error: ${m}"
    end
  end
end

fn sku(text :: String) -> Result<Sku, String> do
  case String.split(text, "/") do
    [code, size] -> case Int.parse(size) do
      Some(n) -> Ok(Sku { code: String.to_upper(code), size: n })
      None -> Err("bad size in ${text}")
    end
    _ -> Err("bad sku ${text}")
  end
end

fn take(stock :: Map<Sku, Int>, text :: String, n :: Int) -> Result<Map<Sku, Int>, StockError> do
  let item = sku(text)?
  let have = Map.find(stock, item) |> Option.to_result(Unknown(item))?
  if have < n do
    Err(Short(item, have))
  else
    Ok(Map.put(stock, item, have - n))
  end
end

fn names(s :: Set<Sku>) -> String do
  Set.to_list(s) |> List.sort(compare) |> List.map(fn k -> "${k.code}/${k.size}" end) |> String.join(" ")
end

fn main() do
  let north = ["tee/1", "tee/2", "cap/0", "sock/3", "tee/1"] |> List.map(fn t -> Result.unwrap(sku(t)) end) |> Set.from_list()
  let south = ["TEE/2", "cap/0", "boot/9", "boot/10"] |> List.map(fn t -> Result.unwrap(sku(t)) end) |> Set.from_list()
  println("north ${Set.size(north)}: ${names(north)}")
  println("south ${Set.size(south)}: ${names(south)}")
  println("both: ${names(Set.intersection(north, south))}")
  println("either: ${names(Set.union(north, south))}")
  println("only north: ${names(Set.difference(north, south))}")
  println("disjoint? ${Set.is_disjoint(north, south)}; caps subset? ${Set.is_subset(Set.from_list([Sku { code: "CAP", size: 0 }]), south)}")
  let big = Set.filter(Set.union(north, south), fn s -> s.size >= 3 end)
  println("big sizes: ${names(big)} ${Set.contains(big, Sku { code: "BOOT", size: 9 })}")
  println("codes: ${Set.map(Set.union(north, south), fn s -> s.code end) |> Set.to_list() |> List.sort(compare)}")

  let stock = Set.to_list(Set.union(north, south)) |> List.map(fn s -> (s, String.length(s.code) * 2) end) |> Map.from_list()
  let orders = [("tee/1", 3), ("boot/10", 9), ("hat/1", 1), ("cap/x", 1), ("sock/3", 8), ("cap/0", 6)]
  let final_stock = List.reduce(orders, stock, fn st, (text, n) ->
    case take(st, text, n) do
      Ok(next) ->
        println("took ${n} x ${text}")
        next
      Err(e) ->
        println("order ${text} x ${n} failed: ${e}")
        st
    end
  end)
  let empty = Map.filter(final_stock, fn _, n -> n == 0 end) |> Map.keys() |> Set.from_list()
  println("sold out: ${names(empty)}")
  let units = Map.values(final_stock) |> List.sum()
  println("units left: ${units} of ${Map.values(stock) |> List.sum()}")
  let a = Sku { code: "X", size: 1 }
  println("${a} ${inspect(a)} ${a == Sku { code: "X", size: 1 }} ${a < Sku { code: "X", size: 2 }} ${hash(a) == hash(Sku { code: "X", size: 1 })}")
  println("${Short(a, 2)} / ${inspect(Unknown(a))}")
end
