# Codegen snapshot: Int and Float arithmetic, comparison and a branch.

fn mix(a :: Int, b :: Int) -> Int do
  (a + b) * (a - b) / 3 % 7
end

fn scale(x :: Float) -> Float do
  -x * 1.5 + 0.25
end

fn main() do
  let n = mix(9, 4)
  let big = if n > 2 and not (n == 5) do
    "big"
  else
    "small"
  end
  println("${n} ${scale(2.0)} ${big}")
end
