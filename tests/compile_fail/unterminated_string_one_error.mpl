# expect-error: E0101
# expect-no-text: E0205
# A string missing its closing quote swallows the `)` after it; only the string is reported.

fn main() do
  println("hello)
end
