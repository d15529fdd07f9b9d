# expect-error: E0001
# expect-text: expected Int for argument 1 of `f`, found String
# expect-text: `f` is bound to the result of a call, so it has one type
# Destructuring a variable generalises its names (let_destructure_polymorphic_variable),
# but the parts of a call's result keep one type: the value restriction.

fn make_pair() = (fn x -> x end, fn x -> [x] end)

fn main() do
  let (f, g) = make_pair()
  println("${f(1)} ${g(2)}")
  println("${f("one")}")
end
