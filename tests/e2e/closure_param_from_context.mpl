# A closure's parameter types come from the function it is passed to, so
# fields of struct elements can be used without annotations.
struct Book do
  title :: String
  pages :: Int
end

fn main() do
  let books = [Book { title: "Dune", pages: 412 }, Book { title: "Ubik", pages: 202 }]
  let long = List.filter(books, fn b -> b.pages > 300 end)
  let total = books |> List.reduce(0, fn acc, b -> acc + b.pages end)
  let titles = books |> List.map(fn b -> b.title end)
  println("${List.length(long)} ${total} ${titles} ${books |> List.length}")
end
