# Building a string by repeated concatenation: 20,000 pieces appended one at a time with <>
# onto an accumulator (each step makes a new immutable string). Prints the length and the tail,
# which bench/c/string_concat.c must reproduce exactly.

fn piece(i :: Int) -> String do
  "item${i * 7 % 1000},"
end

fn grow(i :: Int, n :: Int, acc :: String) -> String do
  if i == n do
    acc
  else
    grow(i + 1, n, acc <> piece(i))
  end
end

fn main() do
  let grown = grow(0, 20000, "")
  let n = String.length(grown)
  println("concat: ${n} ${String.slice(grown, n - 24, n)}")
end
