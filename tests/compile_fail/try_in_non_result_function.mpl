# expect-error: E0036
# expect-text: needs the enclosing function to return
# `?` returns early with the error, so the function must return a Result.

fn parse(s :: String) -> Int!String do
  Ok(String.length(s))
end

fn total(s :: String) -> Int do
  parse(s)? + 1
end

fn main() do
  println("${total("abc")}")
end
