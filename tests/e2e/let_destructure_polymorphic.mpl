# A destructuring `let` of a tuple of values generalises each name as `let` does: with
# `let (f, g) = (fn x -> x end, fn x -> [x] end)` both f and g work at several types.
struct Box<T> do
  item :: T
end

fn twice(x :: Int) -> Int = x * 2

fn main() do
  let (same, single) = (fn x -> x end, fn x -> [x] end)
  println("${same(1)} ${same("one")} ${same(true)}")
  println("${single(2)} ${single("two")} ${List.length(single(single(3.5)))}")

  # nested tuples, a wildcard, a function name and a constructor
  let ((wrap, nothing), _, double) = ((fn x -> Box { item: x } end, None), 0, twice)
  println("${wrap(4).item} ${wrap("four").item}")
  let a :: Option<Int> = nothing
  let b :: Option<String> = nothing
  println("${a} ${b} ${double(21)}")

  # a name used at one type stays an ordinary value; captures are shared
  let offset = 10
  let (add, pair) = (fn x -> x + offset end, fn x -> (x, x) end)
  println("${add(5)} ${pair(1)} ${pair("p")}")
  let counted = List.map([1, 2], same)
  let words = List.map(["a", "b"], same)
  println("${counted} ${words}")
end
