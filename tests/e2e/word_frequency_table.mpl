# Word frequency statistics over a text, with a formatted table.
fn text() -> String do
  """
The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick, quick fox -- and a lazy, lazy dog.
"""
end

fn normalise(word :: String) -> String do
  word
  |> String.to_lower()
  |> String.replace(".", "")
  |> String.replace(",", "")
  |> String.replace("!", "")
  |> String.replace(";", "")
end

fn count_words(words :: List<String>) -> Map<String, Int> do
  List.reduce(words, %{}, fn counts, w ->
    Map.update(counts, w, 1, fn n -> n + 1 end)
  end)
end

fn by_count_then_word(a :: (String, Int), b :: (String, Int)) -> Ordering do
  let (wa, ca) = a
  let (wb, cb) = b
  case compare(cb, ca) do
    Equal -> compare(wa, wb)
    other -> other
  end
end

fn bar(n :: Int) -> String = String.repeat("#", n)

fn row(word :: String, count :: Int, share :: Float) -> String do
  "| ${String.pad_end(word, 8, " ")} | ${String.pad_start("${count}", 5, " ")} | ${String.pad_start("${share}", 6, " ")}% | ${bar(count)}"
end

fn main() do
  let words = String.words(text())
    |> List.map(normalise)
    |> List.filter(fn w -> String.length(w) > 0 and w != "--" end)
  let counts = count_words(words)
  let total = List.length(words)
  println("words: ${total}, distinct: ${Map.size(counts)}")
  let sorted = Map.to_list(counts) |> List.sort(by_count_then_word)
  println("+----------+-------+---------+")
  for (word, count) in List.take(sorted, 6) do
    let share = Float.to_precision(Int.to_float(count) * 100.0 / Int.to_float(total), 1)
    println(row(word, count, share))
  end
  println("+----------+-------+---------+")
  let longest = List.reduce(words, "", fn best, w ->
    if String.length(w) > String.length(best) do w else best end
  end)
  println("longest word: ${longest}")
  let lengths = words |> List.map(String.length)
  let avg = Int.to_float(List.sum(lengths)) / Int.to_float(List.length(lengths))
  println("average length: ${Float.to_precision(avg, 2)}")
  let by_first = List.group_by(words, fn w -> String.slice(w, 0, 1) end)
  let letters = Map.keys(by_first) |> List.sort(fn a, b -> compare(a, b) end)
  for l in letters when List.length(Map.get(by_first, l)) > 2 do
    let uniq = Map.get(by_first, l) |> List.uniq()
    println("${l}: ${List.length(Map.get(by_first, l))} words ${uniq}")
  end
  let lines = String.lines(text())
  println("lines: ${List.length(lines)}")
  for (i, line) in List.enumerate(lines) do
    println("${i + 1}: ${String.length(line)} chars, ${List.length(String.words(line))} words")
  end
  let caps = words |> List.filter(fn w -> String.starts_with(w, "q") end) |> List.map(String.capitalize)
  println(String.join(caps, "/"))
end
