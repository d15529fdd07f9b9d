# expect-error: E0006
# expect-text: `==` is not defined for Token
# An empty deriving clause derives nothing, not even Eq.

struct Token do
  id :: Int
end deriving()

fn main() do
  let a = Token { id: 1 }
  println("${a == a}")
end
