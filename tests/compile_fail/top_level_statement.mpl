# expect-error: E0202
# expect-text: the top level of a module holds definitions only
# A call at the top level would never run (it used to be dropped without a word).
println("starting")

fn main() do
  println("main")
end
