# index_of gives a code-point index (Some) or None; count counts non-overlapping occurrences
# (the empty string occurs length + 1 times, where replace would insert); capitalize upper-cases
# the first code point (title case: "ß" gives "Ss") and lower-cases the rest.

fn main() do
  println("${String.index_of("hello", "l")} ${String.index_of("hello", "lo")} ${String.index_of("hello", "z")}")
  println("${String.index_of("héllo wörld", "wö")} ${String.index_of("😀😁😂", "😂")} ${String.index_of("abc", "")}")
  println("${String.index_of("", "")} ${String.index_of("", "a")} ${"banana".index_of("an")}")
  case String.index_of("key=value", "=") do
    Some(i) -> println("${String.slice("key=value", 0, i)} / ${String.drop("key=value", i + 1)}")
    None -> println("no separator")
  end

  println("${String.count("banana", "a")} ${String.count("banana", "an")} ${String.count("aaaa", "aa")}")
  println("${String.count("aaa", "aa")} ${String.count("abc", "z")} ${String.count("", "a")}")
  println("${String.count("abc", "")} ${String.count("", "")} ${String.count("日本日本", "日")} ${"a,b,,c".count(",")}")

  println(String.capitalize("hello WORLD"))
  println(String.capitalize("élan"))
  println(String.capitalize("ßtraße"))
  println("[${String.capitalize("")}] [${String.capitalize("a")}] [${"123abc".capitalize()}]")
  println("привет".capitalize())
  println("${String.capitalize("ǆungla")} ${String.capitalize("ﬁne")} ${String.capitalize("ΣΟΦΟΣ")} ${String.capitalize("ΑΣ")}")
  println(List.map(String.words("the mesh language"), String.capitalize) |> String.join(" "))
end
