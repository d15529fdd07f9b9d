# expect-error: E0038
# expect-text: its field `origin` has type Point
# expect-text: `Point` does not derive Json; add `deriving(Json)` to its definition
# A field whose type does not derive Json makes the containing type underivable.

struct Point do
  x :: Int
  y :: Int
end deriving(Eq)

struct Shape do
  origin :: Point
end deriving(Json)

fn main() do
  println("unreachable")
end
