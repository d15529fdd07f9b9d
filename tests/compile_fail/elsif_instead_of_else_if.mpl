# expect-error: E0208
# expect-error: E0208
# expect-text: Mesh writes `else if`, not `elsif`
# expect-text: Mesh writes `else if`, not `elif`
# Ruby's and Python's spellings are read as the `else if` they mean, so nothing else is reported.
fn size(n :: Int) -> String do
  if n > 100 do
    "large"
  elsif n > 10 do
    "medium"
  elif n > 0 do
    "small"
  else
    "none"
  end
end

fn main() do
  println(size(50))
end
