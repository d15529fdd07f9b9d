# expect-error: E0006
# expect-text: area
# An interface method used as a value still needs an impl for the type it is used at.
interface Area do
  fn area(self) -> Float
end

struct Square do
  side :: Float
end

impl Area for Square do
  fn area(self) -> Float = self.side * self.side
end

fn main() do
  let sizes = List.map([1, 2], area)
  println("${sizes}")
end
