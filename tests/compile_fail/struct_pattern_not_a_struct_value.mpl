# expect-error: E0001
# expect-text: this pattern matches `Point` values, but the value being matched is an Int
# A struct pattern against a value of another kind of type.

struct Point do
  x :: Int
  y :: Int
end

fn first(n :: Int) -> Int do
  case n do
    Point { x, .. } -> x
    _ -> 0
  end
end

fn main() do
  println("${first(3)}")
end
