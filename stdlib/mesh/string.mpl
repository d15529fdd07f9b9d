# The part of the String module written in Mesh (the rest — length, slice, split, graphemes,
# words, at, ... — is in the runtime, stdlib/Core). Indices and widths count Unicode scalars
# (code points), as String.length does; String.graphemes gives what a reader sees as characters.
# `String.pad_start(s, 5, " ")` and `s.pad_start(5, " ")` both call these.

# The first scalar, or None for the empty string.
pub fn first(s :: String) -> Option<String> = String.at(s, 0)

# The last scalar, or None for the empty string.
pub fn last(s :: String) -> Option<String> = String.at(s, -1)

# True for "" only (a string of spaces is not empty: see String.trim).
pub fn is_empty(s :: String) -> Bool = String.byte_size(s) == 0

# The first n scalars (all of them when the string is shorter, "" when n <= 0).
pub fn take(s :: String, n :: Int) -> String = String.slice(s, 0, n)

# Everything after the first n scalars ("" when the string is shorter, all of it when n <= 0).
pub fn drop(s :: String, n :: Int) -> String do
  if n <= 0 do
    s
  else
    String.slice(s, n, String.length(s))
  end
end

# The string preceded by copies of `pad` up to `width` scalars; the last copy is cut short when
# it does not fit ("7".pad_start(3, "ab") is "ab7"). Unchanged when already that wide or when pad is "".
pub fn pad_start(s :: String, width :: Int, pad :: String) -> String do
  let missing = width - String.length(s)
  if missing <= 0 or pad == "" do
    s
  else
    "${padding(pad, missing)}${s}"
  end
end

# The string followed by copies of `pad` up to `width` scalars (as pad_start, on the right).
pub fn pad_end(s :: String, width :: Int, pad :: String) -> String do
  let missing = width - String.length(s)
  if missing <= 0 or pad == "" do
    s
  else
    "${s}${padding(pad, missing)}"
  end
end

fn padding(pad :: String, missing :: Int) -> String = take(String.repeat(pad, missing / String.length(pad) + 1), missing)

# The lines of a text, split at "\n" and "\r\n" (the line breaks are not kept). A break at the
# very end ends the last line rather than starting an empty one, so "a\nb\n" and "a\nb" both give
# ["a", "b"], and "" gives []. A "\r" not followed by "\n" is part of its line.
pub fn lines(s :: String) -> List<String> do
  let pieces = String.split(s, "\n")
  let broken = List.length(pieces) - 1
  let kept = if List.last(pieces) == "" do List.take(pieces, broken) else pieces end
  List.map(List.enumerate(kept), fn entry -> line_at(entry, broken) end)
end

# Pieces before the last one of the split were followed by "\n": a "\r" ending them was part of the break.
fn line_at(entry :: (Int, String), broken :: Int) -> String do
  case entry do
    (i, line) ->
      if i < broken and String.ends_with(line, "\r") do
        String.slice(line, 0, String.length(line) - 1)
      else
        line
      end
  end
end

# The first scalar in title case and the rest lower-cased, with Unicode's full case mappings:
# "hello WORLD" gives "Hello world", "élan" "Élan", "ßa" "Ssa", "ǆungla" "ǅungla". Title case is
# the upper case with all but its first scalar lowered again (Unicode's own title mappings except
# a few Greek letters with ypogegrammeni, which keep their iota as a separate lowercase letter).
pub fn capitalize(s :: String) -> String do
  let head = take(s, 1)
  let upper = String.to_upper(head)
  # lowering the whole string keeps the context of Greek final sigma right
  let rest = drop(String.to_lower(s), String.length(String.to_lower(head)))
  "${title_digraph(take(upper, 1))}${String.to_lower(drop(upper, 1))}${rest}"
end

# The four Latin digraphs have a title form of their own between upper and lower case.
fn title_digraph(c :: String) -> String do
  case c do
    "Ǆ" -> "ǅ"
    "Ǉ" -> "ǈ"
    "Ǌ" -> "ǋ"
    "Ǳ" -> "ǲ"
    _ -> c
  end
end
