# expect-error: E0106
# expect-error: E0106
# expect-error: E0106
# expect-error: E0106
# expect-text: invalid unicode escape
# expect-text: does not name a character
# expect-text: \u{1F600}
# \u needs {1-6 hex digits} or exactly 4 hex digits, naming a Unicode scalar value; upstream's
# "\uZZ" would silently be "uZZ".
fn main() do
  println("\uZZ and \u{}")
  println("\u{D800} is a surrogate, \u{110000} too large")
end
