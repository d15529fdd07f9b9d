# `x :: xs` builds a list in expressions as it matches one in patterns: right-associative,
# below `+` and beside `++`, amortised O(1), and every earlier list keeps its own items.
fn build(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do
    acc
  else
    build(n - 1, n :: acc)
  end
end

fn squares(xs :: List<Int>) -> List<Int> do
  case xs do
    [] -> []
    x :: rest -> x * x :: squares(rest)
  end
end

fn trace(label :: String, v :: Int) -> Int do
  println("eval ${label}")
  v
end

fn report(xs :: List<Int>) do
  println("actor got ${List.length(xs)} items, head ${List.head(xs)}, last ${List.last(xs)}")
end

actor collector() do
  receive do
    xs -> report(xs)
  end
end

fn main() do
  let base = [3, 4]
  let a = 2 :: base
  let b = 1 :: a
  let c = 9 :: a
  let d = 0 :: b
  println("${base} ${a} ${b} ${c} ${d}")
  println("${1 + 1 :: [5]}")
  println("${1 :: 2 :: []}")
  println("${0 :: [1] ++ [2, 3]}")
  println("${[7] ++ 8 :: [9]}")
  println("${squares([1, 2, 3, 4])}")
  println("${List.prepend(b, 42)} ${List.cons(41, b)}")
  let ordered = trace("left", 1) :: [trace("right", 2)]
  println("${ordered}")
  let big = build(1000000, [])
  println("${List.length(big)} ${List.head(big)} ${List.last(big)} ${List.sum(big)}")
  let tail = List.tail(big)
  let again = 5 :: tail
  println("${List.take(again, 3)} ${List.take(big, 3)}")
  let appended = List.append(a, 5)
  println("${appended} ${a} ${List.drop(appended, 2)}")
  let words = "z" :: ["x", "y"]
  println(String.join(words, ","))
  let pid = spawn(collector)
  send(pid, 10 :: 20 :: build(5, []))
end
