# expect-error: E0006
# expect-text: impl Priced for Cat
# A generic function's `where` bound must hold at every call.

interface Priced do
  fn price(self) -> Int
end

struct Book do
  cents :: Int
end

struct Cat do
  lives :: Int
end

impl Priced for Book do
  fn price(self) -> Int = self.cents
end

fn total<T>(items :: List<T>) -> Int where T: Priced do
  List.reduce(items, 0, fn acc, item -> acc + item.price() end)
end

fn main() do
  println("${total([Book { cents: 3 }])}")
  println("${total([Cat { lives: 9 }])}")
end
