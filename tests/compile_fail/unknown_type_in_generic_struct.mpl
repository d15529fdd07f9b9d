# expect-error: E0004
# expect-text: Nope
# An unknown field type is reported once; functions using the struct still check.

struct Box<T> do
  value :: Nope
end

fn wrap<T>(v :: T) -> Box<T> do
  Box { value: v }
end

fn unwrap<T>(b :: Box<T>) -> T do
  b.value
end

fn main() do
  println("${unwrap(wrap(2))}")
end
