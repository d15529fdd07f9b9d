# expect-error: E0031
# expect-error: E0031
# expect-text: module `Geometry` not found
# expect-text: `Geomtry` is not an imported module
# Importing a module no file defines, and qualifying a call with a module that
# was not imported.
import Geometry

fn main() do
  println("${Geomtry.area(2, 3)}")
end
