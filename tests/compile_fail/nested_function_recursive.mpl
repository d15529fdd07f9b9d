# expect-error: E0400
# expect-text: a function defined inside another cannot have a call of itself
# expect-text: define `fact` at the top level of the module
# A local function is a closure, which cannot name itself; the error does not cascade to its uses.
fn main() do
  fn fact(n :: Int) -> Int = if n <= 1 do 1 else n * fact(n - 1) end
  println("${fact(5)}")
end
