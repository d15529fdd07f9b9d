# lines (at "\n" and "\r\n"; a final break ends the last line), words (runs between any Unicode
# white space, never an empty item), is_empty, byte_size against length, take and drop.

fn main() do
  println(String.lines("one\ntwo\r\nthree").inspect())
  println(String.lines("a\nb\n").inspect())
  println(String.lines("a\n\nb").inspect())
  println(String.lines("").inspect())
  println(String.lines("\n").inspect())
  println(String.lines("\n\n").inspect())
  println(String.lines("no break").inspect())
  # a lone "\r" stays in its line (shown as <CR>)
  let kept = List.map(String.lines("cr\rinside\r"), fn line -> String.replace(line, "\r", "<CR>") end)
  println(kept.inspect())
  println(String.lines("last\r\n").inspect())
  println("x\ny".lines().inspect())

  println(String.words("  the quick\tbrown\n\nfox  ").inspect())
  println(String.words("a　b c d").inspect())
  println(String.words("").inspect())
  println(String.words(" \t\n ").inspect())
  println(String.words("single").inspect())
  println("größe über alles".words().inspect())

  println("${String.is_empty("")} ${String.is_empty(" ")} ${"x".is_empty()}")
  println("${String.byte_size("")} ${String.byte_size("abc")} ${String.byte_size("é")} ${String.byte_size("😀")} ${"日本".byte_size()}")
  println("${String.length("😀é")} ${String.byte_size("😀é")}")

  println("[${String.take("héllo", 2)}] [${String.drop("héllo", 2)}]")
  println("[${String.take("abc", 0)}] [${String.drop("abc", 0)}]")
  println("[${String.take("abc", 10)}] [${String.drop("abc", 10)}]")
  println("[${String.take("abc", -1)}] [${String.drop("abc", -1)}]")
  println("[${String.take("", 3)}] [${String.drop("", 3)}]")
  println("[${"😀😁😂".take(2)}] [${"😀😁😂".drop(2)}]")
end
