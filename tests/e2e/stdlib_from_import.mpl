# `from M import f` works for standard-library modules too: the imported
# functions are called without their module, directly or in pipes.
import String
from String import length, split, to_upper
from List import reverse, zip
from Math import sqrt

fn main() do
  let words = split("mesh is small", " ")
  println("${length("héllo")} ${words} ${reverse(words)}")
  println("${"loud" |> to_upper()} ${zip([1, 2], words)} ${sqrt(16.0)}")
  println("${String.length("qualified still works")}")
end
