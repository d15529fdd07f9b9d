# A `do |params| ... end` block after a call is passed as its last argument.

fn apply_twice(x :: Int, f :: Fun(Int) -> Int) -> Int = f(f(x))

fn each_pair(xs :: List<Int>, f :: Fun(Int, Int) -> String) -> List<String> do
  List.map(xs, fn x -> f(x, x * x) end)
end

fn main() do
  let r = apply_twice(3) do |n|
    let doubled = n * 2
    doubled + 1
  end
  println("${r}")
  let squares = each_pair([1, 2, 3]) do |a, b|
    "${a}^2=${b}"
  end
  println(String.join(squares, ", "))
  let evens = List.filter([1, 2, 3, 4, 5, 6]) do |x|
    x % 2 == 0
  end
  println("${evens}")
end
