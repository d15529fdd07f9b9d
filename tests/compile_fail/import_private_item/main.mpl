# expect-error: E0035
# expect-error: E0035
# expect-error: E0035
# expect-text: `secret_scale` is private to module `Shapes`
# expect-text: type `Hidden` is private to module `Shapes`
# expect-text: pub
# Importing or calling items a module did not mark `pub`.
import Shapes
from Shapes import area, secret_scale
from Shapes import Hidden

fn main() do
  println("${area(2, 3)} ${Shapes.secret_scale()}")
end
