# String.split and String.join. split keeps empty pieces (a leading, doubled or trailing separator
# gives an empty string); an empty separator matches at every Unicode scalar boundary, both ends
# included. Pieces are shown between | bars so empty ones are visible.

fn bars(parts :: List<String>) -> String do
  "|" <> String.join(parts, "|") <> "| (${List.length(parts)})"
end

fn main() do
  # ordinary separators
  println("csv: " <> bars(String.split("a,b,c", ",")))
  println("empty pieces: " <> bars(String.split(",a,,b,", ",")))
  println("not found: " <> bars(String.split("abc", ";")))
  println("only separator: " <> bars(String.split(",", ",")))
  println("empty text: " <> bars(String.split("", ",")))
  println("text is the separator twice: " <> bars(String.split("--", "-")))
  println("multi-byte separator: " <> bars(String.split("one::two::::three", "::")))
  println("non-overlapping, left to right: " <> bars(String.split("aaaaa", "aa")))
  println("separator longer than text: " <> bars(String.split("ab", "abc")))
  println("whitespace is not special: " <> bars(String.split(" a  b ", " ")))
  println("newlines: " <> bars(String.split("l1\nl2\n", "\n")))

  # Unicode: the separator and the pieces are compared byte for byte, split at scalar boundaries
  println("emoji separator: " <> bars(String.split("a👋b👋👋c", "👋")))
  println("accented: " <> bars(String.split("crème brûlée", "è")))
  println("cjk: " <> bars(String.split("東京,大阪,名古屋", ",")))

  # empty separator: every scalar, with an empty piece at each end
  println("empty separator: " <> bars(String.split("abc", "")))
  println("empty separator, unicode: " <> bars(String.split("é👋", "")))
  println("empty separator, empty text: " <> bars(String.split("", "")))

  # method call and flat alias
  let words = "the quick brown fox".split(" ")
  println("method: ${words}")
  println("alias: ${string_split("x=1", "=")}")
  println("head and last: ${List.head(words)} ${List.last(words)}")

  # join
  println("join: [" <> String.join(["a", "b", "c"], ", ") <> "]")
  println("join empty list: [" <> String.join(List.new(), ", ") <> "]")
  println("join one item: [" <> String.join(["solo"], ", ") <> "]")
  println("join empty separator: [" <> String.join(["a", "b", "c"], "") <> "]")
  println("join empty items: [" <> String.join(["", "", ""], "-") <> "]")
  println("join unicode: [" <> string_join(["ü", "👋", "東"], " → ") <> "]")

  # split then join is the identity
  let text = ",x,,y👋z,"
  println("round trip: " <> String.join(String.split(text, ","), ","))
  println("round trip, empty separator: " <> String.join(String.split(text, ""), ""))
  println("replace via split/join: " <> String.join(String.split("a.b.c", "."), "/"))
  println("equal to original: ${String.join(String.split(text, "y"), "y") == text}")
end
