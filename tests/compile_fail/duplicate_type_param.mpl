# expect-error: E0043
# expect-error: E0043
# expect-text: declared twice
# Type parameter names must be distinct, in types and in functions.

struct Pair<B, B> do
  first :: B
end

fn same<T, T>(x :: T) -> T = x

fn main() do
  println("x")
end
