# Building a large string with String.join: 1,000,000 interpolated pieces joined with ";".
# Prints the length and the tail, which bench/c/string_join.c must reproduce exactly.

fn piece(i :: Int) -> String do
  "item${i * 7 % 1000},"
end

fn main() do
  let joined = String.join(for i in 0..1000000 do piece(i) end, ";")
  let n = String.length(joined)
  println("join: ${n} ${String.slice(joined, n - 24, n)}")
end
