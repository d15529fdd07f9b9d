# A string result longer than the runtime can hold is a panic (exit 101), not a
# crash or a wrong result: two billion copies of "ab" would take 4 GB.

fn main() do
  println(String.repeat("ab", 3))
  let huge = String.repeat("ab", 2000000000)
  println("not reached ${String.length(huge)}")
end
