# Module names come from file paths (snake_case -> PascalCase, folders become
# dotted prefixes); `import A.B` qualifies by the last segment; modules may
# import each other; private helpers of different modules never collide;
# standard-library modules may be imported (they are always available).
import Math.Vector
import MathOps
import Shapes
import String
from Math.Vector import Vec, pick_first

fn main() do
  let v = Vec { x: 3, y: 4 }
  println("dot: ${Vector.dot(v, v)} area: ${Shapes.area(v)} diagonal²: ${Shapes.diagonal_square(v)}")
  println("unit area through the cycle: ${Vector.unit_area()}")
  println("pick: ${pick_first(1, 2)} ${pick_first("a", "b")} ${Vector.pick_first(v, Vec { x: 0, y: 0 })}")
  println("helpers: ${Vector.describe()} / ${MathOps.describe()}")
  println("stdlib: ${String.length("four")}")
end
