# expect-error: E0004
# expect-text: unknown interface `Shap`
# A misspelled interface name gets a suggestion.

interface Shape do
  fn area(self) -> Float
end

struct Square do
  side :: Float
end

impl Shap for Square do
  fn area(self) -> Float = self.side
end

fn main() do
  println("x")
end
