# expect-error: E0028
# expect-text: cannot derive
# expect-text: Printable
# Only the built-in traits can be derived.

struct Note do
  text :: String
end deriving(Eq, Printable)

fn main() do
  let n = Note { text: "hi" }
  println(n.text)
end
