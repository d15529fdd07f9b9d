# expect-error: E0004
# expect-text: `Json` cannot be implemented directly
# expect-text: derive it instead
# Json comes from deriving(Json), not from an impl.

struct Point do
  x :: Int
end

impl Json for Point do
  fn from_json(text :: String) -> Result<Point, String> do
    Err(text)
  end
end

fn main() do
  println("unreachable")
end
