# Postfix index: `xs[i]` is List.get(xs, i); `m[k]` is the value of a map at key k.
# Only a `[` written right after its target indexes (a list on its own line is a list).
struct Point do
  x :: Int
  y :: Int
end

fn middle(xs :: List<String>) -> String = xs[List.length(xs) / 2]

fn second(xs) = xs[1]

fn main() do
  let xs = [10, 20, 30]
  println("${xs[0]} ${xs[2]} ${xs[1 + 1]}")
  println(middle(["a", "b", "c"]))
  let grid = [[1, 2], [3, 4]]
  println("${grid[1][0]}")
  let ages = %{"ada" => 36, "alan" => 41}
  println("${ages["alan"]}")
  let points = %{1 => Point { x: 1, y: 2 }}
  println("${points[1].y}")
  println("${second([7, 8, 9])}")
  let words = String.split("a b c", " ")
  println(words[2])
  println("${List.length([1, 2])}")
  let ys = [
    1,
    2
  ]
  println("${ys[1]}")
end
