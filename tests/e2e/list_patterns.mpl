# List patterns: `[]`, `[a]`, `[a, b]` match lists of exactly that length; `h :: t` matches the rest.
fn describe(xs :: List<Int>) -> String do
  case xs do
    [] -> "empty"
    [x] -> "one: ${x}"
    [0, y] -> "zero then ${y}"
    [x, y] -> "two: ${x + y}"
    first :: _ -> "many, starting with ${first}"
  end
end

fn pairs(xs :: List<(String, Int)>) -> String do
  case xs do
    [("a", n), (k, m)] -> "a=${n} then ${k}=${m}"
    [(k, _)] -> "only ${k}"
    _ -> "something else"
  end
end

fn sum(xs :: List<Int>, acc :: Int) -> Int do
  case xs do
    [] -> acc
    h :: t -> sum(t, acc + h)
  end
end

fn nested(xss :: List<List<Int>>) -> Int do
  case xss do
    [[a, b], [c]] -> a * b * c
    [[], rest] -> List.length(rest)
    _ -> -1
  end
end

fn main() do
  for xs in [[], [7], [0, 9], [2, 3], [4, 5, 6]] do
    println(describe(xs))
  end
  println(pairs([("a", 1), ("b", 2)]))
  println(pairs([("z", 1)]))
  println(pairs([]))
  println("${sum([1, 2, 3, 4], 0)}")
  println("${nested([[2, 3], [4]])}")
  println("${nested([[], [1, 2, 3]])}")
  println("${nested([[1]])}")
  let [a, b] = ["left", "right"]
  println("${b} ${a}")
end
