# expect-error: E0034
# expect-text: module `Geometry` has no `perimeter`
# expect-text: not found
# `from M import name` with a name M does not define.
from Geometry import area, perimeter

fn main() do
  println("${area(2, 3)}")
end
