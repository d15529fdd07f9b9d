# List.map/filter/reduce/each/any/all/find with closures and named functions,
# chained with pipes.

struct Book do
  title :: String
  pages :: Int
end deriving(Display)

fn double(x :: Int) -> Int do
  x * 2
end

fn is_even(x :: Int) -> Bool do
  x - x / 2 * 2 == 0
end

fn main() do
  let xs = [1, 2, 3, 4, 5, 6]
  println("map ${List.map(xs, double)} ${List.map(xs, fn x -> "#${x}" end)}")
  println("filter ${List.filter(xs, is_even)} ${List.filter(xs, fn x -> x > 4 end)}")
  println("reduce ${List.reduce(xs, 0, fn acc, x -> acc + x end)} ${List.reduce(xs, 1, fn acc, x -> acc * x end)}")
  println("reduce to string ${List.reduce(["a", "b", "c"], "", fn acc, s -> acc <> s <> s end)}")
  println("reduce reverses ${List.reduce(xs, [], fn acc, x -> List.prepend(acc, x) end)}")
  println("any ${List.any(xs, fn x -> x > 5 end)} ${List.any(xs, fn x -> x > 6 end)} ${List.any([], is_even)}")
  println("all ${List.all(xs, fn x -> x > 0 end)} ${List.all(xs, is_even)} ${List.all([], is_even)}")
  let found = List.find(xs, fn x -> x * x > 10 end)
  case found do
    Some(v) -> println("find: first with square > 10 is ${v}")
    None -> println("find: nothing")
  end
  case List.find(xs, fn x -> x > 100 end) do
    Some(v) -> println("find: ${v}")
    None -> println("find: nothing above 100")
  end
  List.each(["one", "two"], fn s -> println("each ${s}") end)
  List.each([], fn s -> println("never ${s}") end)
  let mapped_empty = List.map([], double)
  println("map of empty ${mapped_empty} ${List.filter(mapped_empty, is_even)}")

  let piped = xs
    |> List.map(fn x -> x * 3 end)
    |> List.filter(fn x -> is_even(x) end)
    |> List.reduce(0, fn acc, x -> acc + x end)
  println("piped ${piped}")
  let chained = xs |> List.filter(is_even) |> List.map(double) |> List.reverse()
  println("chained ${chained}")
  let method = xs.map(fn x -> x + 1 end).filter(fn x -> x > 3 end)
  println("methods ${method}")
  let via_alias = list_map(xs, fn x -> x - 1 end)
  println("alias ${via_alias}")

  let limit = 3
  let offset = 100
  let shifted = List.map(List.filter(xs, fn x -> x <= limit end), fn x -> x + offset end)
  println("captured limit and offset ${shifted}")

  let books = [Book { title: "Dune", pages: 412 }, Book { title: "Emma", pages: 474 }, Book { title: "Ubik", pages: 202 }]
  let long = List.filter(books, fn(b :: Book) -> b.pages > 400 end)
  println("long books ${long}")
  println("titles ${List.map(books, fn(b :: Book) -> b.title end)}")
  println("total pages ${List.reduce(books, 0, fn(acc, b :: Book) -> acc + b.pages end)}")
  case List.find(books, fn(b :: Book) -> String.starts_with(b.title, "U") end) do
    Some(b) -> println("found ${b}")
    None -> println("no U book")
  end
  let pairs = List.map(books, fn(b :: Book) -> (b.title, b.pages > 300) end)
  List.each(pairs, fn((t, big)) -> println("${t} big? ${big}") end)
  let nested = List.map([1, 2, 3], fn n -> List.map(List.take(xs, n), fn x -> x * n end) end)
  println("nested ${nested}")
  let opts = List.map(xs, fn x -> if is_even(x) do Some(x) else None end end)
  println("somes ${List.length(List.filter(opts, fn o -> o != None end))}")
end
