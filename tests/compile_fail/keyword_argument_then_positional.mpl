# expect-error: E0045
# expect-text: positional argument cannot follow keyword arguments
# Keyword arguments are collected into the last argument, so they must come last.

fn show(n :: Int, opts :: Map<String, Int>) -> String do
  "${n} ${opts}"
end

fn main() do
  println(show(width: 3, 4))
end
