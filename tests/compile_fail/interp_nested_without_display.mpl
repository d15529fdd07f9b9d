# expect-error: E0006
# expect-error: E0006
# expect-error: E0006
# expect-text: (Int, P)
# expect-text: Option<P>
# A struct without Display or Debug makes every value containing it
# non-interpolable: a tuple, an Option, and a sum type that derives Display itself.

struct P do
  x :: Int
end deriving(Eq, Hash)

type T do
  A(P)
end deriving(Display)

fn main() do
  let p = P { x: 1 }
  println("${(1, p)}")
  println("${Some(p)}")
  println("${A(p)}")
end
