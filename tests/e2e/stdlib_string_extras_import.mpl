# The new String functions, runtime and Mesh-written alike, work through `from String import`,
# as methods, as flat aliases (string_graphemes) and as function values.
from String import graphemes, pad_start, first, words, capitalize

fn main() do
  println("${graphemes("añ👍🏽")} ${pad_start("5", 3, "0")} ${first("zed")}")
  println("${words("a b  c") |> List.map(capitalize)}")
  println("${"mesh".graphemes()} ${"mesh".last()} ${"  x ".trim_end().pad_end(4, "!")}")
  println("${string_graphemes("ok")} ${string_byte_size("é")} ${int_parse("12")} ${float_round(1.5)}")
  println("${List.map(["a", "bb", ""], String.is_empty)} ${List.map(["a1", "b22"], String.byte_size)}")
  println("${List.map(["x", "yz"], fn s -> String.pad_start(s, 3, ".") end)}")
end
