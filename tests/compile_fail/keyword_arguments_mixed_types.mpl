# expect-error: E0001
# expect-text: keyword argument `count`
# Keyword arguments form one Map<String, V>: their values must share one type.

fn show(opts :: Map<String, String>) -> String do
  "${opts}"
end

fn main() do
  println(show(name: "a", count: 3))
end
