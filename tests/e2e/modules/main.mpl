# A project of two files: geometry.mpl is the module Geometry.
import Geometry

fn main() do
  let w = 3
  let h = 4
  println("${Geometry.describe(w, h)} has area ${Geometry.area(w, h)}")
end
