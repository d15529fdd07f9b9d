# shapes.mpl is the module Shapes; `pub module Geometry` inside it is the module
# Shapes.Geometry (`import Shapes.Geometry`, then `Geometry.area`, or
# `Shapes.Geometry.area` after `import Shapes`). `module Secret` is private to Shapes.
pub module Geometry do
  pub struct Rect do
    w :: Int
    h :: Int
  end

  pub fn area(r :: Rect) -> Int = r.w * r.h
end

module Secret do
  pub fn code() -> Int = 42
end

pub fn describe() -> String = "secret ${Secret.code()}, unit area ${Geometry.area(Geometry.Rect { w: 1, h: 1 })}"
