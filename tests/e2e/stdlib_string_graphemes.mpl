# String.graphemes splits into what a reader sees as characters (extended grapheme clusters):
# a letter with a combining mark (the second and third lines of main spell "été" with e + U+0301),
# a flag, an emoji with a skin tone or a ZWJ family, and "\r\n" are one item each. String.chars
# gives the code points; String.at/first/last pick one code point (a negative index counts from the end).

fn show(items :: List<String>) -> String = "${List.length(items)} ${items.inspect()}"

fn main() do
  println(show(String.graphemes("héllo")))
  println(show(String.graphemes("été")))
  println(show(String.chars("été")))
  println(show(String.graphemes("👍🏽 ok")))
  println(show(String.graphemes("👨‍👩‍👧‍👦!")))
  println(show(String.graphemes("🇫🇷🇩🇪")))
  println("${String.graphemes("a\r\nb") |> List.map(String.byte_size)} bytes each")
  println(show(String.graphemes("한국어 한")))
  println("${String.length("한")} code points")
  println(show(String.graphemes("")))
  println(show(String.chars("")))
  println(show(String.chars("añ😀z")))
  println(show("x".graphemes()))
  println("${String.length("👨‍👩‍👧‍👦")} code points")
  println("${List.length(String.graphemes("👨‍👩‍👧‍👦"))} grapheme")

  # at, first, last
  let word = "añ😀z"
  println("${String.at(word, 0)} ${String.at(word, 2)} ${String.at(word, 3)} ${String.at(word, 4)}")
  println("${String.at(word, -1)} ${String.at(word, -4)} ${String.at(word, -5)} ${word.at(1)}")
  println("${String.at("", 0)} ${String.at("", -1)}")
  println("${String.first(word)} ${String.last(word)} ${String.first("")} ${String.last("")}")
  println("${"é".last().inspect()} ${"q".first()} ${"q".last()}")
  case String.first("Mesh") do
    Some(c) -> println("starts with ${c}")
    None -> println("empty")
  end

  # a grapheme list joins back to the original text
  let text = "Zoë 👩🏾‍💻 naïve"
  println("${String.join(String.graphemes(text), "") == text}")
  println("${String.join(String.chars(text), "") == text}")
  println(String.join(String.graphemes(text), "|"))
end
