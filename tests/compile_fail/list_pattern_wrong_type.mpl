# expect-error: E0001
# expect-text: this list pattern
fn size(t :: (Int, Int)) -> Int do
  case t do
    [a, b] -> a + b
  end
end

fn main() do
  println("${size((1, 2))}")
end
