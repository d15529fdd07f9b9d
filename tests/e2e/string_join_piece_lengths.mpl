# String.join and <> copy short pieces inline and longer ones in bulk: pieces and separators of
# every length from 0 to 40 bytes (and multi-byte characters) must come out byte for byte.

fn pieces(n :: Int, acc :: List<String>) -> List<String> do
  if n < 0 do
    acc
  else
    pieces(n - 1, [String.slice("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH", 0, n)] ++ acc)
  end
end

fn main() do
  let ps = pieces(40, [])
  println(String.join(ps, ""))
  println(String.join(ps, "|"))
  println(String.join(ps, "<-é->"))
  println(String.join(ps, "0123456789abcdefghij"))
  println(String.join(["", "", ""], ""))
  println(String.join(["日本", "語", "😀x"], "—"))
  let glued = for p in ps do p <> "é" <> p end
  println(String.join(glued, ","))
  println("${String.length(String.join(ps, "0123456789abcdefghij"))}")
end
