# expect-error: E0025
# expect-text: guard
# A `when` guard must be a Bool.

fn sign(n :: Int) -> String do
  case n do
    x when x + 1 -> "odd"
    _ -> "other"
  end
end

fn main() do
  println(sign(1))
end
