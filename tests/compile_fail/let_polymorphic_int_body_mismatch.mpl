# expect-error: E0001
# expect-text: expected Int for argument 1 of `inc`, found String
# `x + 1` makes the closure's parameter an Int, so it is not polymorphic: the
# mismatch is reported at the use, on the argument.

fn main() do
  let inc = fn x -> x + 1 end
  println("${inc(1)}")
  println("${inc("one")}")
end
