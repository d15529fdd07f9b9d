# expect-error: E0202
# expect-text: a module body holds definitions only
# Code in a module body outside any function would never run.
module Setup do
  println("loading")
  pub fn ready() -> Bool = true
end

fn main() do
  println("${Setup.ready()}")
end
