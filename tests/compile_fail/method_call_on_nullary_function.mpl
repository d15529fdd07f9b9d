# expect-error: E0003
# expect-text: `List.new` takes 0 arguments but 1 was given
# A method call passes its receiver as the first argument, so a library function without
# parameters cannot be called as a method (found by the mutation fuzzer: it crashed MIR lowering).

fn main() do
  let ys = [1, 2]
  println("${List.is_empty(ys.new())}")
end
