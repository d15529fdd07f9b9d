# math/vector.mpl is the module Math.Vector; `import Math.Vector` qualifies
# it by its last segment: Vector.dot(...).
import Shapes

pub struct Vec do
  x :: Int
  y :: Int
end deriving(Eq, Display)

pub fn dot(a :: Vec, b :: Vec) -> Int = a.x * b.x + a.y * b.y

# polymorphic, used at two types from another module
pub fn pick_first<T>(a :: T, b :: T) -> T = a

# a private helper named like one in math_ops.mpl: they do not collide
fn helper() = "vector helper"

pub fn describe() -> String = helper()

# Shapes imports this module too: mutual imports are fine
pub fn unit_area() -> Int = Shapes.area(Vec { x: 1, y: 1 })
