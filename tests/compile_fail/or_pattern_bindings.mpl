# expect-error: E0011
# expect-text: `n` is not bound
# The alternatives of an or-pattern must bind the same names.

type Reading do
  Celsius(Int)
  Fahrenheit(Int)
  Missing
end

fn value(r :: Reading) -> Int do
  case r do
    Celsius(n) | Fahrenheit(_) -> n
    Missing -> 0
  end
end

fn main() do
  println("${value(Celsius(3))}")
end
