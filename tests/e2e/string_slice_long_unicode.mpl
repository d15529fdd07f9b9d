# String.length and String.slice on strings long enough for the eight-bytes-at-a-time paths:
# characters of 1, 2, 3 and 4 bytes at every alignment, slices starting and ending anywhere,
# indices past the end clamped.

fn slices(s :: String, start :: Int, stop :: Int) -> String do
  if start >= stop do
    ""
  else
    "${String.slice(s, start, start + 3)}|" <> slices(s, start + 5, stop)
  end
end

fn main() do
  let s = "ab日c😀déf€gh🙂ijk—lmnö𝄞pq"
  let long = s <> s <> s
  println("${String.length(s)} ${String.length(long)}")
  println(slices(long, 0, 80))
  println(slices(long, 2, 80))
  println(String.slice(long, 60, 90))
  println(String.slice(long, 67, 70))
  println(String.slice(long, 66, 67))
  println("${String.length(String.slice(long, 10, 50))}")
  let ascii = "0123456789abcdefghijklmnopqrstuvwxyz0123456789"
  println("${String.length(ascii)} ${String.slice(ascii, 17, 33)} ${String.slice(ascii, 40, 46)}")
end
