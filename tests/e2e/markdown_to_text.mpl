# A small markdown-to-plain-text converter: headings become underlined titles, list items get
# numbers or bullets, emphasis markers and links are stripped, code blocks are indented and
# paragraphs re-wrapped to a width. Lines, starts_with, replace, index_of, words, chars.

type Block do
  Heading(Int, String)
  Bullet(String)
  Numbered(Int, String)
  Code(List<String>)
  Para(String)
  Rule
end deriving(Debug)

# Links [text](url) keep their text and put the url in brackets after it.
fn strip_links(s :: String) -> String do
  case (String.index_of(s, "["), String.index_of(s, "](")) do
    (Some(open), Some(mid)) when open < mid ->
      let rest = String.drop(s, mid + 2)
      case String.index_of(rest, ")") do
        Some(close) ->
          let text = String.slice(s, open + 1, mid)
          let url = String.take(rest, close)
          String.take(s, open) <> "${text} <${url}>" <> strip_links(String.drop(rest, close + 1))
        None -> s
      end
    _ -> s
  end
end

fn inline(s :: String) -> String do
  ["**", "__", "*", "`"] |> List.reduce(strip_links(s), fn acc, marker -> String.replace(acc, marker, "") end)
end

fn heading_level(line :: String) -> Int do
  String.chars(line) |> List.take_while(fn c -> c == "#" end) |> List.length()
end

fn classify(lines :: List<String>, acc :: List<Block>) -> List<Block> do
  case lines do
    [] -> List.reverse(acc)
    line :: rest when String.starts_with(line, "```") ->
      let body = List.take_while(rest, fn l -> not String.starts_with(l, "```") end)
      classify(List.drop(rest, List.length(body) + 1), Code(body) :: acc)
    line :: rest when String.starts_with(line, "#") ->
      let level = heading_level(line)
      classify(rest, Heading(level, String.trim(String.drop(line, level))) :: acc)
    line :: rest when line == "---" -> classify(rest, Rule :: acc)
    line :: rest when String.starts_with(line, "- ") or String.starts_with(line, "* ") ->
      classify(rest, Bullet(String.drop(line, 2)) :: acc)
    line :: rest when String.trim(line) == "" -> classify(rest, acc)
    line :: rest ->
      case String.split(line, ". ") do
        [n, _] when Int.parse(n) != None -> classify(rest, Numbered(Int.parse(n) |> Option.unwrap(), String.drop(line, String.length(n) + 2)) :: acc)
        _ ->
          # A paragraph runs until a blank line or another block.
          let more = List.take_while(rest, fn l -> String.trim(l) != "" and not String.starts_with(l, "#") and not String.starts_with(l, "- ") end)
          let text = String.join(line :: more, " ")
          classify(List.drop(rest, List.length(more)), Para(text) :: acc)
      end
  end
end

fn wrap(text :: String, width :: Int) -> List<String> do
  let words = String.words(text)
  let (lines, current) = List.reduce(words, ([], ""), fn (done, line), w ->
    if line == "" do (done, w)
    else if String.length(line) + 1 + String.length(w) > width do (List.append(done, line), w)
    else (done, "${line} ${w}")
    end
  end)
  if current == "" do lines else List.append(lines, current) end
end

fn render(block :: Block) -> List<String> do
  case block do
    Heading(1, t) -> [String.to_upper(inline(t)), String.repeat("=", String.length(inline(t)))]
    Heading(_, t) -> [inline(t), String.repeat("-", String.length(inline(t)))]
    Bullet(t) -> wrap(inline(t), 36) |> List.enumerate() |> List.map(fn (i, l) -> if i == 0 do "  • ${l}" else "    ${l}" end end)
    Numbered(n, t) -> ["  ${n}) ${inline(t)}"]
    Code(lines) -> List.map(lines, fn l -> "    | ${l}" end)
    Para(t) -> wrap(inline(t), 40)
    Rule -> [String.repeat("~", 40)]
  end
end

fn main() do
  let doc = """
# Mesh *notes*
Mesh is a **functional** language with actors. It compiles to native code through LLVM and has a small `runtime` written for [the project](https://example.org/mesh).

## Lists
- immutable values, shared tails and fast appends to the newest version
- `List.map`, `List.filter` and friends
1. write the code
2. run **meshc**
```
fn main() do
  println("hi")
end
```
---
The end, see [docs](d.html) and [faq](f.html).
"""
  let blocks = classify(String.lines(doc), [])
  println("${List.length(blocks)} blocks: ${blocks |> List.map(fn b -> inspect(b) |> String.split("(") |> List.head() end) |> String.join(", ")}")
  blocks |> List.flat_map(render) |> List.each(println)
  println(inspect(List.head(blocks)))
end
