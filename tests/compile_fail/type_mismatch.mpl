# expect-error: E0001
# expect-text: String
# Passing a String where the parameter is declared Int.

fn double(x :: Int) -> Int do
  x * 2
end

fn main() do
  let n = double("twenty-one")
  println("${n}")
end
