# graphemes, chars and words on strings far longer than a stack buffer, many times over, so
# pieces are allocated while the collector runs; the pieces join back to the original.

fn check(round :: Int) -> Int do
  let text = String.repeat("naïve 👩🏾‍💻 é ", 200 + round)
  let clusters = String.graphemes(text)
  let points = String.chars(text)
  let ws = String.words(text)
  if String.join(clusters, "") != text or String.join(points, "") != text do
    panic("round ${round}: pieces do not join back")
  end
  List.length(clusters) + List.length(points) + List.length(ws)
end

fn main() do
  let total = List.reduce(List.map(Range.to_list(0..40), check), 0, fn a, b -> a + b end)
  println("${total}")
  let text = String.repeat("ab ", 1000)
  println("${List.length(String.graphemes(text))} ${List.length(String.chars(text))} ${List.length(String.words(text))} ${String.count(text, "b a")}")
  println("${String.at(text, 2999)} ${String.at(text, -3000)} ${String.index_of(text, "ba")} ${String.byte_size(text)}")
  # in another actor, whose heap holds the pieces
  let job = Job.async(fn -> List.length(String.graphemes(String.repeat("👍🏽x", 500))) + List.length(String.words(String.repeat("a b ", 500))) end)
  println("${Job.await(job)}")
end
