# expect-error: E0029
# expect-text: requires Eq
# Deriving Ord requires deriving Eq as well.

type Size do
  Small
  Large
end deriving(Ord, Display)

fn main() do
  println("${Small}")
end
