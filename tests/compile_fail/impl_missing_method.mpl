# expect-error: E0007
# expect-text: missing `area`
# An impl must provide every method that has no default body.

interface Shape do
  fn area(self) -> Float
  fn name(self) -> String do
    "shape"
  end
end

struct Square do
  side :: Float
end

impl Shape for Square do
  fn name(self) -> String = "square"
end

fn main() do
  println(Square { side: 1.0 }.name())
end
