# expect-error: E0026
# expect-text: implemented twice
# A type implements an interface once.

interface Named do
  fn name(self) -> String
end

struct Cat do
  age :: Int
end

impl Named for Cat do
  fn name(self) -> String = "cat"
end

impl Named for Cat do
  fn name(self) -> String = "kitty"
end

fn main() do
  println(Cat { age: 1 }.name())
end
