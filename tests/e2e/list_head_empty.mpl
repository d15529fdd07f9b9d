# List.head of an empty list panics (head is not an Option).

fn main() do
  let xs = List.drop([1, 2], 2)
  println("dropped everything: ${xs}")
  println("head: ${List.head(xs)}")
  println("not reached")
end
