# A function of another module is a value as in its own module: `Scoring.double` can be
# passed to List.map or stored, and generic ones are instantiated at each use.
import Scoring

fn main() do
  println("${List.map([1, 2, 3], Scoring.double)}")
  let f = Scoring.double
  println("${f(21)}")
  println("${List.map([1, 2], Scoring.tag)} ${List.map(["a"], Scoring.tag)}")
end
