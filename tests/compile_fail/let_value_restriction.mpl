# expect-error: E0001
# expect-text: expected Int for argument 1 of `f`, found String
# expect-text: `f` is bound to the result of a call, so it has one type
# The value restriction: a `let` of a call is not generalised, even when the
# call returns a polymorphic closure.

fn make_id() do
  fn x -> x end
end

fn main() do
  let f = make_id()
  println("${f(1)}")
  println("${f("one")}")
end
