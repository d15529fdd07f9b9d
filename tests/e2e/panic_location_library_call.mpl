# A panic inside a standard-library function written in Mesh (stdlib/mesh/list.mpl) is reported
# at the user's call into the library, with its column, in main and in every actor, however the
# actors interleave; a panic in a user closure the library calls is reported in the closure.

fn largest(xs :: List<Int>) -> Int = List.max(xs)

actor smallest(boss :: Pid<String>) do
  receive do
    n when n > 0 ->
      send(boss, "min: ${List.min([n, n + 1])}")
      smallest(boss)
    _ ->
      let empty :: List<Int> = []
      println("min of nothing: ${List.min(empty)}")
  end
end

actor chunker(boss :: Pid<String>) do
  receive do
    size ->
      let chunks = List.chunk([1, 2, 3], size)
      send(boss, "chunks: ${List.length(chunks)}")
      chunker(boss)
  end
end

actor looker(boss :: Pid<String>) do
  receive do
    key ->
      let ages = %{"ann" => 31, "bob" => 42}
      let found = Iter.from([key]) |> Iter.map(fn k -> ages[k] end) |> List.collect()
      send(boss, "found: ${List.length(found)}")
      looker(boss)
  end
end

fn next_reply() -> String do
  receive do
    m -> m
  end
end

fn wait_down(ref :: Int) -> ExitReason do
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  let a = spawn(smallest, self())
  let b = spawn(chunker, self())
  let c = spawn(looker, self())
  let ra = Process.monitor(a)
  let rb = Process.monitor(b)
  let rc = Process.monitor(c)
  # interleave: every actor does some work (and yields) before it crashes
  send(a, 3)
  send(b, 2)
  send(c, "bob")
  let replies = List.sort_by([next_reply(), next_reply(), next_reply()], fn s -> s end)
  println(String.join(replies, ", "))
  send(c, "cy")
  send(a, 0)
  send(b, 0)
  println("looker: ${wait_down(rc)}")
  println("smallest: ${wait_down(ra)}")
  println("chunker: ${wait_down(rb)}")
  println("largest: ${largest([4, 9, 2])}")
  println("largest: ${[7, 1].max()}")
  println("largest: ${largest([])}")
end
