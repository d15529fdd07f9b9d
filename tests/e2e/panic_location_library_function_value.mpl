# A library function written in Mesh used as a value (List.max, or max imported from List) reports
# a panic where the value was written, not inside the library or at an earlier call.
from List import max

fn main() do
  let biggest = List.max
  println("${biggest([1, 5])} ${biggest(["a", "z"])}")
  let empty :: List<Int> = []
  println("${List.map([[3, 4]], max)}")
  println("${List.map([[1], empty], max)}")
end
