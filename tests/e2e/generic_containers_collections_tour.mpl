# Generic containers, interfaces with associated types, and a tour of the collection modules.
struct Stack<T> do
  items :: List<T>
end

interface Container do
  type Elem
  fn size(self) -> Int
  fn put(self, x :: Self.Elem) -> Self
  fn is_empty(self) -> Bool do
    self.size() == 0
  end
end

impl Container for Stack<Int> do
  type Elem = Int
  fn size(self) -> Int = List.length(self.items)
  fn put(self, x :: Int) -> Stack<Int> = Stack { items: x :: self.items }
end

fn push<T>(s :: Stack<T>, x :: T) -> Stack<T> = %{s | items: x :: s.items}

fn pop<T>(s :: Stack<T>) -> Option<(T, Stack<T>)> do
  case s.items do
    [] -> None
    top :: rest -> Some((top, Stack { items: rest }))
  end
end

fn describe_all<T>(items :: List<T>) -> String where T: Display + Eq do
  let uniq = List.uniq(items)
  "${List.length(uniq)} distinct: ${String.join(List.map(uniq, fn x -> "${x}" end), "|")}"
end

type Pair<A, B> = (A, B)

fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> do
  let (a, b) = p
  (b, a)
end

fn safe_div(a :: Int, b :: Int) -> Int!String do
  if b == 0 do Err("divide by zero") else Ok(a / b) end
end

fn lookup(m :: Map<String, Int>, k :: String) -> Int? = Map.find(m, k)

fn main() do
  let s = Stack { items: [] } |> push(1) |> push(2) |> push(3)
  case pop(s) do
    Some((top, rest)) -> println("popped ${top}, left ${rest.items}")
    None -> println("empty")
  end
  let c = Stack { items: [] }.put(5).put(6)
  println("size ${c.size()} empty ${c.is_empty()} ${Stack { items: [] }.is_empty()}")
  println(describe_all([3, 1, 3, 2, 1]))
  println(describe_all(["x", "y", "x"]))
  println("${swap((1, "one"))}")
  println("${safe_div(7, 2)} ${safe_div(1, 0)}")
  println("${lookup(%{"a" => 1}, "a")} ${lookup(%{}, "b")}")
  let (evens, odds) = List.partition(1..11 |> Range.to_list(), fn n -> n % 2 == 0 end)
  println("${evens} ${odds} ${List.chunk(evens, 2)}")
  println("${List.zip([1, 2, 3], ["a", "b"])} ${Tuple.first((9, 8))} ${Tuple.second((9, 8))}")
  let a = Set.from_list([1, 2, 3, 4])
  let b = Set.from_list([3, 4, 5])
  println("${Set.union(a, b)} ${Set.intersection(a, b)} ${Set.difference(a, b)}")
  println("${Map.merge(%{"x" => 1, "y" => 2}, %{"y" => 20, "z" => 30})}")
  println("${Int.pow(2, 10)} ${Math.max(3, 9)} ${Math.min(2.5, 1.5)} ${Math.abs(-4)} ${Int.gcd(12, 18)}")
  println("${String.index_of("hello world", "o")} ${String.split("a::b::c", "::")} ${String.count("banana", "an")}")
  println("${Range.new(0, 5) |> Range.map(fn i -> i * i end)} ${(1..4) |> Range.length()}")
  println("${String.reverse("abc")} ${String.chars("héllo") |> List.length()}")
  let nested = %{"a" => [1, 2], "b" => []}
  println("${nested} ${Map.keys(nested)} ${Map.values(nested) |> List.flatten()}")
  println("${List.sort_by(["ccc", "a", "bb"], String.length)} ${List.take_while([1, 2, 5, 1], fn n -> n < 3 end)}")
  println("${[1, 2, 3] |> List.map(fn x -> x * 10 end) |> List.reverse() |> List.contains(20)}")
end
