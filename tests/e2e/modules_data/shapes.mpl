# Types and helpers shared with main.mpl.

pub struct Size do
  w :: Int
  h :: Int
end deriving(Eq, Ord, Display)

pub type Shape do
  Square(Int)
  Box(Size)
  Nothing
end deriving(Eq, Display)

pub fn area(s :: Shape) -> Int do
  case s do
    Square(n) -> n * n
    Box(size) -> size.w * size.h
    Nothing -> 0
  end
end

pub fn grow(s :: Size, by :: Int) -> Size do
  %{s | w: s.w + by, h: s.h + by}
end
