# `acc <> piece` appends in place when `acc` is the newest string of its buffer (strings built by
# concatenation get spare capacity): the results must behave exactly like freshly copied strings
# everywhere, and appending twice to the same prefix must give two independent strings.

fn piece(i :: Int) -> String do
  "p${i},"
end

fn grow(i :: Int, n :: Int, acc :: String) -> String do
  if i == n do
    acc
  else
    grow(i + 1, n, acc <> piece(i))
  end
end

fn tail(s :: String, n :: Int) -> String do
  String.slice(s, String.length(s) - n, String.length(s))
end

# Many accumulators grown side by side while garbage piles up (the collector runs many times).
fn grow_many(round :: Int, rounds :: Int, accs :: List<String>) -> List<String> do
  if round == rounds do
    accs
  else
    let junk = List.map(Range.to_list(0..50), fn j -> String.repeat("x", j) end)
    let next = List.map(accs, fn acc -> acc <> "r${round}." end)
    grow_many(round + 1, rounds, if List.length(junk) == 50 do next else accs end)
  end
end

fn order(a :: String, b :: String) -> Int do
  if a < b do
    -1
  else
    if a == b do 0 else 1 end
  end
end

actor echo(reply :: Pid<String>) do
  receive do
    s -> send(reply, s <> "+echo")
  end
end

fn main() do
  let grown = grow(0, 20000, "")
  let joined = String.join(for i in 0..20000 do piece(i) end, "")
  println("grown: ${String.length(grown)} ${tail(grown, 18)}")
  println("equal to join: ${grown == joined} ${joined == grown} ${String.compare(grown, joined)} ${grown != joined <> "x"}")

  # two appends to the same prefix: independent strings, the prefix unchanged
  let base = grow(0, 30, "")
  let left = base <> "LEFT"
  let right = base <> "RIGHT"
  let left2 = left <> "-more"
  let right2 = right <> "-more"
  println("base: ${String.length(base)} ${tail(base, 6)}")
  println("left: ${tail(left, 10)} right: ${tail(right, 10)}")
  println("left2: ${tail(left2, 14)} right2: ${tail(right2, 14)}")
  println("again: ${tail(base <> "AGAIN", 10)} left still: ${tail(left, 10)} base still: ${String.length(base)}")
  println("self: ${String.length(base <> base)} ${String.ends_with(base <> base, base)} ${String.starts_with(base <> base, base)}")
  println("interpolated: ${tail("${left}|${right}|${base}", 12)}")

  # String functions on appended strings
  let words = base <> " Hello World "
  println("length ${String.length(words)} contains ${String.contains(words, "p29, Hello")} trim [${tail(String.trim(words), 11)}]")
  println("upper ${tail(String.to_upper(words), 12)} replace ${tail(String.replace(words, "p2", "P2"), 20)}")
  println("reverse ${String.slice(String.reverse(words), 0, 8)} split ${List.length(String.split(grown, ","))}")
  println("to_int ${String.to_int(String.repeat("0", 62) <> "42")} to_float ${String.to_float(String.repeat("0", 63) <> "1.5")}")
  let kind = case left2 do
    "nothing" -> "literal"
    _ -> "other"
  end
  let exact = case String.slice(base, 0, 3) <> "" do
    "p0," -> "matched p0,"
    _ -> "no"
  end
  println("case: ${kind} ${exact}")
  println("sorted: ${List.map(List.sort([right2, left2, base], fn a, b -> order(a, b) end), fn s -> tail(s, 5) end)}")

  # map keys: an appended key is found by an equal string built another way, and the other way round
  let m = Map.put(Map.put(Map.new(), left, 1), String.join([base, "RIGHT"], ""), 2)
  println("map: ${Map.get_or(m, String.join([base, "LEFT"], ""), -1)} ${Map.get_or(m, right, -1)} ${Map.get_or(m, base, -1)} size ${Map.size(m)}")

  # messages copy the bytes: the receiver appends to its copy, our string is unchanged
  let e = spawn(echo, self())
  send(e, left)
  receive do
    s -> println("echo: ${tail(s, 15)} ${String.length(s) == String.length(left) + 5} ours: ${tail(left, 10)}")
  end

  # files and names take appended strings too (the program runs in a fresh directory)
  let path = String.repeat("f", 70) <> ".txt"
  let written = File.write(path, left2)
  let read_back = case File.read(path) do
    Ok(text) -> text == left2
    Err(_) -> false
  end
  println("file: ${written == Ok(())} ${read_back} ${File.delete(path) == Ok(())} env: ${Env.get(String.repeat("M", 70) <> "_NOT_SET")}")

  let many = grow_many(0, 1000, List.map(Range.to_list(0..20), fn i -> String.repeat("s", 60 + i) end))
  let expected = grow_many(0, 1000, [String.repeat("s", 60)])
  println("many: ${List.length(many)} ${String.length(List.head(many))} ${List.head(many) == List.head(expected)} ${tail(List.last(many), 12)}")
end
