# expect-error: E0208
# expect-text: `=` does not compare values
# expect-text: compare with `==`
# The rest of the `if` still parses, so this is the only error.
fn check(n :: Int) -> String do
  if n = 3 do
    "three"
  else
    "other"
  end
end

fn main() do
  println(check(3))
end
