# shapes.mpl and math/vector.mpl import each other.
import Math.Vector
from Math.Vector import Vec

pub fn area(v :: Vec) -> Int = v.x * v.y

pub fn diagonal_square(v :: Vec) -> Int = Vector.dot(v, v)
