# expect-error: E0008
# expect-text: must return Float
# The impl's method must have the interface's signature.

interface Shape do
  fn area(self) -> Float
end

struct Square do
  side :: Int
end

impl Shape for Square do
  fn area(self) -> Int = self.side * self.side
end

fn main() do
  println("${Square { side: 2 }.area()}")
end
