# expect-error: E0001
# expect-text: this pattern matches `Point` values, but the value being matched is a Size
# expect-text: match `Size`'s fields instead: `Size { w, h }`
# A struct pattern of one struct against a value of another.

struct Point do
  x :: Int
  y :: Int
end

struct Size do
  w :: Int
  h :: Int
end

fn width(s :: Size) -> Int do
  case s do
    Point { x, .. } -> x
  end
end

fn main() do
  println("${width(Size { w: 2, h: 3 })}")
end
