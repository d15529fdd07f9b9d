# The String module: every function through a qualified call, a method call on the
# receiver (the module is picked by the receiver's type) and a flat snake_case alias.
# Lengths and indices count Unicode scalar values, not bytes.

fn show(label :: String, value :: String) do
  println("${label}: [${value}]")
end

fn main() do
  let s = "héllo wörld"
  let emoji = "a👋b🎉c"

  # length
  println("length: ${String.length(s)} ${s.length()} ${string_length(emoji)} ${String.length("")}")

  # slice: [start, end) in scalars, both ends clamped, never fails
  show("slice 0..5", String.slice(s, 0, 5))
  show("slice 1..4", s.slice(1, 4))
  show("slice 6..", string_slice(s, 6, 100))
  show("slice emoji", String.slice(emoji, 1, 4))
  show("slice negative start", String.slice(s, -3, 2))
  show("slice end < start", String.slice(s, 4, 2))
  show("slice past the end", String.slice(s, 20, 30))
  show("slice all", String.slice(s, 0, String.length(s)))
  show("slice empty", String.slice("", 0, 3))

  # contains / starts_with / ends_with
  println("contains: ${String.contains(s, "wör")} ${s.contains("xyz")} ${string_contains(s, "")} ${String.contains("", "")} ${String.contains("", "a")}")
  println("starts_with: ${String.starts_with(s, "hé")} ${s.starts_with("he")} ${string_starts_with(s, "")} ${String.starts_with("ab", "abc")}")
  println("ends_with: ${String.ends_with(s, "wörld")} ${s.ends_with("world")} ${string_ends_with(emoji, "🎉c")} ${String.ends_with("", "")}")

  # trim: Unicode whitespace at both ends (space, tab, newline; the method-call line has a no-break
  # space, an ideographic space, an em space and a line separator around "wide")
  show("trim", String.trim("  \t hello world \n  "))
  show("trim method", " 　wide   ".trim())
  show("trim alias", string_trim("nothing to do"))
  show("trim only spaces", String.trim(" \n\t "))
  show("trim empty", String.trim(""))
  show("trim inner kept", String.trim(" a  b "))

  # to_upper / to_lower
  show("to_upper", String.to_upper(s))
  show("to_lower", "HÉLLO WÖRLD".to_lower())
  show("to_upper alias", string_to_upper("mesh 1.0 👋"))
  show("to_lower alias", string_to_lower("ÀÉÎÕÜ ÇÑ"))
  show("to_upper empty", String.to_upper(""))

  # replace: every occurrence, left to right, no overlaps
  show("replace", String.replace("a-b-c", "-", " + "))
  show("replace method", s.replace("ö", "o"))
  show("replace alias", string_replace("aaaa", "aa", "b"))
  show("replace none", String.replace("abc", "x", "y"))
  show("replace to empty", String.replace("banana", "a", ""))
  show("replace whole", String.replace("same", "same", "other"))
  show("replace empty pattern", String.replace("héé", "", "|"))
  show("replace in empty", String.replace("", "", "x"))
  show("replace emoji", String.replace(emoji, "👋", "🌍🌍"))

  # repeat
  show("repeat", String.repeat("ab", 3))
  show("repeat method", "é".repeat(5))
  show("repeat alias", string_repeat("-=", 1))
  show("repeat zero", String.repeat("ab", 0))
  show("repeat negative", String.repeat("ab", -2))
  show("repeat empty", String.repeat("", 1000000))
  println("repeat long: ${String.length(String.repeat("xyz", 100000))}")

  # reverse: by scalars
  show("reverse", String.reverse(s))
  show("reverse method", emoji.reverse())
  show("reverse alias", string_reverse("ab"))
  show("reverse one", String.reverse("é"))
  show("reverse empty", String.reverse(""))

  # results chain like any other value
  let shout = s.trim().to_upper().replace("L", "_")
  show("chain", shout)
  println("chain length: ${shout.slice(2, 8).length()}")
end
