# \u{H…} (1-6 hex digits, as Elixir, Gleam and Rust write it) and \uHHHH (exactly 4, as Elixir, Go
# and JavaScript) put a code point into a string; \\u stays a backslash and a u. Upstream reads
# \u as the letter u, so "e\u0301" silently became "eu0301".
fn main() do
  println("caf\u00e9 / caf\u{E9} / \u{1F600} / \u{41}\u{000042}")
  println("\\u0041 stays text")
  let accent = "e\u0301"
  println("${String.length(accent)} code points, ${List.length(String.graphemes(accent))} grapheme")
  println("${"\u00e9" == "é"} ${"\u{1F44D}\u{1F3FD}" |> String.graphemes() |> List.length()}")
  println("tab:[\u0009] interpolated: ${"\u{2713}"} ok")
  println("""triple \u2603 too""")
end
