# List literals, ++, the List module primitives (qualified, as methods and as
# flat aliases), display of nested lists and comparisons.

fn describe(xs :: List<Int>) -> String do
  case xs do
    h :: t -> "starts with ${h}, then ${List.length(t)} more"
    _ -> "empty"
  end
end

fn sum(xs :: List<Int>) -> Int do
  case xs do
    h :: t -> h + sum(t)
    _ -> 0
  end
end

fn first_two(xs :: List<String>) -> String do
  case xs do
    a :: b :: _ -> "${a} and ${b}"
    a :: _ -> "only ${a}"
    _ -> "none"
  end
end

fn main() do
  let xs = [1, 2, 3]
  let ys = [4, 5,]
  let empty :: List<Int> = []
  println("${xs} ++ ${ys} = ${xs ++ ys}")
  println("empty: ${empty}, length ${List.length(empty)}, is_empty ${List.is_empty(empty)}")
  println(describe(xs))
  println(describe(empty))
  println("sum ${sum(xs ++ ys)}")
  println(first_two(["x", "y", "z"]))
  println(first_two(["solo"]))
  println(first_two([]))

  println("length ${List.length(xs)} ${xs.length()} ${list_length(xs)}")
  println("get ${List.get(xs, 0)} nth ${List.nth(xs, 2)} ${xs.get(1)} ${list_get(xs, 2)}")
  println("head ${List.head(xs)} last ${List.last(xs)} tail ${List.tail(xs)}")
  println("tail of one: ${List.tail([9])}")
  println("append ${List.append(xs, 4)} prepend ${List.prepend(xs, 0)}")
  println("concat ${List.concat(xs, ys)} ${xs.concat([])} ${list_concat(empty, ys)}")
  println("reverse ${List.reverse(xs)} ${empty.reverse()}")
  println("take ${List.take(xs, 2)} ${List.take(xs, 10)} ${List.take(xs, 0)}")
  println("drop ${List.drop(xs, 1)} ${List.drop(xs, 10)} ${List.drop(xs, 0)}")
  println("is_empty ${xs.is_empty()} ${list_is_empty(List.new())}")
  println("original still ${xs}")

  let built = List.new() |> List.append(10) |> List.append(20) |> List.prepend(5)
  println("built ${built}")

  let nested = [[1, 2], [], [3]]
  println("nested ${nested} length ${List.length(nested)} inner ${List.get(nested, 0).length()}")
  println("deeper ${[[[1]], [[2, 3], []]]}")
  println("strings ${["a", "b c", ""]} bools ${[true, false]} floats ${[1.5, 2.0, -0.25]}")

  println("eq ${[1, 2] == [1, 2]} ${[1, 2] == [1, 2, 3]} ${[1, 2] != [2, 1]} ${empty == []}")
  println("lt ${[1, 2] < [1, 3]} ${[1, 2] < [1, 2, 0]} ${[2] < [1, 9, 9]} ${empty < [0]} ${[1] < [1]}")
  println("gt ${[3] > [2, 9]} ${["b"] > ["a", "z"]} le ${[1, 2] <= [1, 2]} ge ${[] >= [1]}")
  println("nested eq ${[[1], [2]] == [[1], [2]]} lt ${[[1], [2]] < [[1], [3]]}")
end
