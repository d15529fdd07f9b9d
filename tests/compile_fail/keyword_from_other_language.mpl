# expect-error: E0208
# expect-error: E0208
# expect-error: E0208
# expect-text: `class` is not a Mesh keyword
# expect-text: define a record with `struct Name do ... end`
# expect-text: `var` is not a Mesh keyword
# expect-text: `lett` is not a Mesh keyword
# expect-text: did you mean `let`?
# Another language's keyword (or a misspelt Mesh one) is one error per line; the block a `class`
# line opens is skipped with it, so its body and `end` are not reported as stray.

class Point do
  x :: Int
  fn show() do
    "point"
  end
end

fn main() do
  var count = 1
  lett total = 2
  println("${count} ${total}")
end
