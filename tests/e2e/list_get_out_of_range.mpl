# List.get past the end panics: the program stops with exit status 101 and
# what was printed before the panic is kept.

fn pick(xs :: List<Int>, i :: Int) -> Int do
  List.get(xs, i)
end

fn main() do
  let xs = [10, 20, 30]
  println("index 2: ${pick(xs, 2)}")
  println("index 3: ${pick(xs, 3)}")
  println("not reached")
end
