# List.append and ++ are amortised O(1) per item: a list built by appending in a loop
# shares one growing buffer, and appending to the newest version writes in place. Lists
# stay immutable values: appending twice to the same prefix gives two independent lists,
# and the prefix itself never changes.

fn build(xs :: List<Int>, i :: Int, n :: Int) -> List<Int> do
  if i >= n do
    xs
  else
    build(List.append(xs, i), i + 1, n)
  end
end

fn build_concat(xs :: List<Int>, i :: Int, n :: Int) -> List<Int> do
  if i >= n do
    xs
  else
    build_concat(xs ++ [i, i], i + 1, n)
  end
end

fn sum(xs :: List<Int>) -> Int do
  List.reduce(xs, 0, fn(acc, x) -> acc + x end)
end

fn count(xs :: List<Int>, acc :: Int) -> Int do
  case xs do
    _ :: rest -> count(rest, acc + 1)
    _ -> acc
  end
end

actor echo() do
  receive do
    (from, xs) -> send(from, List.append(xs, 99))
  end
end

fn main() do
  # 200,000 appends: quadratic copying would take minutes
  let big = build([], 0, 200000)
  println("length ${List.length(big)}, sum ${sum(big)}, last ${List.last(big)}")
  println("cons walk: ${count(big, 0)}")
  let pairs = build_concat([], 0, 100000)
  println("++ in a loop: length ${List.length(pairs)}, sum ${sum(pairs)}")

  # two appends to the same prefix: independent lists, the prefix unchanged
  let base = build([], 0, 5)
  let a = List.append(base, 100)
  let b = List.append(base, 200)
  let a2 = List.append(a, 101)
  let b2 = List.append(b, 201)
  println("base ${base}")
  println("a ${a} a2 ${a2}")
  println("b ${b} b2 ${b2}")
  println("a == b: ${a == b}, base unchanged: ${base == [0, 1, 2, 3, 4]}")

  # the same for ++, and a list appended to itself
  let c = base ++ [7, 8]
  let d = base ++ [9]
  let e = c ++ c
  println("c ${c} d ${d} e ${e}")
  println("c after e: ${c}")

  # tails share the items; appending to a tail copies
  let t = List.tail(base)
  let t2 = List.append(t, 50)
  println("tail ${t} appended ${t2} base ${base}")

  # views everywhere lists go: messages (only the live items travel), strings, JSON, maps
  let pid = spawn(echo)
  send(pid, (self(), a))
  receive do
    got -> println("echo: ${got}, a still ${a}")
  end
  let words = List.append(List.append(["x"], "y"), "z")
  println("join: ${String.join(words, "-")}, json: ${Json.encode(a2)}")
  let m = Map.from_list(List.zip(words, List.append(base, 5)))
  println("map: ${m}")
  println("reverse ${List.reverse(b2)}, take ${List.take(b2, 2)}, drop ${List.drop(b2, 5)}")
  let doubled = for x in a2 do
    x * 2
  end
  println("for: ${doubled}, sorted: ${List.sort(b2, fn(x, y) -> y - x end)}")
end
