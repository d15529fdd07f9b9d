# Int.pow has no Int result for a negative exponent: it panics, naming the exponent.
fn main() do
  println("${Int.pow(2, 3)}")
  println("${Int.pow(2, -1)}")
end
