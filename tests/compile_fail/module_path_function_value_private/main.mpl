# expect-error: E0035
# expect-error: E0035
# expect-error: E0004
# expect-text: module `Shapes.Secret` is private to module `Shapes`
# expect-text: module `Shapes.Geometry.Vector` has no function `scal`
# Under a module path, a function value keeps the rules of a call: private functions and
# private modules stay private, and a misspelt name gets a suggestion.
import Shapes

fn main() do
  println("${List.map([1], Shapes.Geometry.Vector.hidden)}")
  println("${List.map([1], Shapes.Secret.code)}")
  println("${List.map([1], Shapes.Geometry.Vector.scal)}")
end
