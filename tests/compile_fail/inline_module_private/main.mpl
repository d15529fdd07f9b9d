# expect-error: E0035
# expect-error: E0035
# expect-error: E0035
# expect-text: module `Shapes.Secret` is private to module `Shapes`
# expect-text: mark it `pub module Secret` in shapes.mpl
# expect-text: `hidden` is private to module `Shapes.Geometry`
# An inline module is private unless `pub`, and so are the functions in it.
import Shapes
import Shapes.Secret
import Shapes.Geometry

fn main() do
  println("${Shapes.Secret.code()}")
  println("${Geometry.hidden()}")
end
