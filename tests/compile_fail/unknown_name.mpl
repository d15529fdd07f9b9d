# expect-error: E0004
# expect-text: greeting
# A misspelt function name; the diagnostic should suggest the closest known name.

fn greeting(name :: String) -> String do
  "hello, ${name}"
end

fn main() do
  println(greting("Ada"))
end
