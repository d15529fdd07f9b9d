# trim_start/trim_end remove Unicode white space from one end; pad_start/pad_end fill up to a
# width counted in code points with a pad that may be several characters (cut short at the
# edge), and leave strings that are already wide enough unchanged.

fn main() do
  println("[${String.trim_start("  \t hi there \n")}]")
  println("[${String.trim_end("  \t hi there \n")}]")
  println("[${"　 wide 　".trim_start()}]")
  println("[${"　 wide 　".trim_end()}]")
  println("[${String.trim_start("")}] [${String.trim_end("   ")}] [${String.trim_start("x")}]")

  println("[${String.pad_start("42", 5, "0")}]")
  println("[${String.pad_end("42", 5, ".")}]")
  println("[${String.pad_start("7", 6, "ab")}]")
  println("[${String.pad_end("7", 6, "ab")}]")
  println("[${String.pad_start("héllo", 7, "*")}]")
  println("[${String.pad_start("日本", 4, "・")}]")
  println("[${String.pad_start("long enough", 3, "-")}]")
  println("[${String.pad_start("x", 5, "")}]")
  println("[${String.pad_end("", 3, "🙂")}]")
  println("[${String.pad_start("x", -2, "-")}]")
  println("[${"id".pad_end(6, " ")}|${"name".pad_start(8, " ")}]")
  for row in [("apple", 3), ("kiwi", 12), ("fig", 100)] do
    case row do
      (name, n) -> println("${String.pad_end(name, 8, ".")}${String.pad_start("${n}", 4, " ")}")
    end
  end
end
