# Lists whose elements are tuples, structs, sum types, Options and lists:
# display, cons patterns that destructure the elements, equality and ordering.

struct Item do
  name :: String
  qty :: Int
end deriving(Eq, Ord, Display)

type Shape do
  Circle(Int)
  Square(Int)
  Dot
end deriving(Eq, Ord, Display)

fn total(items :: List<Item>) -> Int do
  case items do
    it :: rest -> it.qty + total(rest)
    _ -> 0
  end
end

fn names(pairs :: List<(String, Int)>) -> String do
  case pairs do
    (n, v) :: rest -> "${n}=${v} " <> names(rest)
    _ -> "."
  end
end

fn count_some(xs :: List<Int?>) -> Int do
  case xs do
    Some(_) :: rest -> 1 + count_some(rest)
    None :: rest -> count_some(rest)
    _ -> 0
  end
end

fn area(shapes :: List<Shape>) -> Int do
  case shapes do
    Circle(r) :: rest -> 3 * r * r + area(rest)
    Square(s) :: rest -> s * s + area(rest)
    Dot :: rest -> area(rest)
    _ -> 0
  end
end

fn widths(rows :: List<List<Int>>) -> List<Int> do
  case rows do
    r :: rest -> List.prepend(widths(rest), List.length(r))
    _ -> []
  end
end

fn main() do
  let items = [Item { name: "pen", qty: 3 }, Item { name: "ink", qty: 2 }]
  println("items ${items}, total ${total(items)}")
  let more = List.append(items, Item { name: "cap", qty: 10 })
  println("more ${List.length(more)}, last ${List.last(more)}, total ${total(more)}")
  println("items unchanged ${List.length(items)}")
  println("struct lists eq ${items == [Item { name: "pen", qty: 3 }, Item { name: "ink", qty: 2 }]} lt ${items < more}")

  let pairs = [("a", 1), ("b", 2), ("c", 3)]
  println(names(pairs))
  println(names(List.reverse(pairs)))
  let (k, v) = List.get(pairs, 1)
  println("second pair: ${k} ${v}")

  let opts = [Some(1), None, Some(3), None, None]
  println("some count ${count_some(opts)} of ${List.length(opts)}")
  println("opts eq ${opts == [Some(1), None, Some(3), None, None]} ${List.take(opts, 2) == [Some(1), Some(2)]}")

  let shapes = [Circle(2), Dot, Square(3)]
  println("shapes ${shapes} area ${area(shapes)}")
  println("shape order ${[Circle(1), Dot] < [Circle(1), Square(0)]} ${[Square(1)] < [Circle(9)]} ${[Circle(5)] < [Square(0)]}")

  let rows = [[1, 2, 3], [], [4], [5, 6]]
  println("rows ${rows} widths ${widths(rows)}")
  println("flattened by hand ${List.get(rows, 0) ++ List.get(rows, 2) ++ List.get(rows, 3)}")

  let labelled = [("xs", [1, 2]), ("ys", [])]
  println("labelled ${List.length(labelled)}, tuple lists eq ${[(1, "a")] == [(1, "a")]} lt ${[(1, "b")] < [(2, "a")]}")
end
