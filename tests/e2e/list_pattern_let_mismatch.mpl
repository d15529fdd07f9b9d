fn main() do
  let xs = List.drop([1, 2, 3], 2)
  let [a, b] = xs
  println("${a} ${b}")
end
