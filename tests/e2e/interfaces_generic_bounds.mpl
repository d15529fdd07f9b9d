# `where` bounds on generic functions: the body calls interface methods on a
# type parameter; every call site must supply a type that implements them.

interface Priced do
  fn price(self) -> Int
  fn label(self) -> String
end

struct Book do
  title :: String
  cents :: Int
end

struct Coffee do
  size :: Int
end

impl Priced for Book do
  fn price(self) -> Int = self.cents
  fn label(self) -> String = self.title
end

impl Priced for Coffee do
  fn price(self) -> Int = 150 + self.size * 50
  fn label(self) -> String = "coffee (size ${self.size})"
end

fn total<T>(items :: List<T>) -> Int where T: Priced do
  List.reduce(items, 0, fn acc, item -> acc + item.price() end)
end

fn receipt<T>(items :: List<T>) -> String where T: Priced do
  let lines = List.map(items, fn item -> "${item.label()}: ${item.price()}" end)
  String.join(lines, "; ")
end

# Inferred without an annotation: the bound comes from the method call.
fn cheapest(a, b) do
  if a.price() <= b.price() do
    a
  else
    b
  end
end

fn main() do
  let books = [Book { title: "Dune", cents: 999 }, Book { title: "Emma", cents: 450 }]
  println("${total(books)}")
  println(receipt(books))
  println(receipt([Coffee { size: 1 }, Coffee { size: 3 }]))
  println(cheapest(Coffee { size: 2 }, Coffee { size: 1 }).label())
end
