# expect-error: E0001
# expect-text: expected Int for argument 1 of `made`, found String
# expect-text: `made` is bound to the result of a call, so it has one type
# Each name of a destructuring `let` is generalised only if its own element is a value: `made`
# comes from a call, so it has one type (the value restriction), while `id` is polymorphic.

fn make_identity() = fn x -> x end

fn main() do
  let (made, id) = (make_identity(), fn x -> x end)
  println("${id(1)} ${id("one")}")
  println("${made(1)}")
  println("${made("one")}")
end
