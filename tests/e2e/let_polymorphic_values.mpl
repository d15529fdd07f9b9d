# Let-polymorphism of values other than closure literals: the value restriction
# generalises any syntactic value (a function name, a constructor, a list or tuple
# of values); a `let` of a call keeps one type.

fn first_of(xs) do
  List.head(xs)
end

fn make_adder(n) do
  fn x -> x + n end
end

fn main() do
  # a generic top-level function bound by `let`
  let head = first_of
  println("head: ${head([1, 2])} ${head(["a", "b"])}")

  # an empty list and None, used as a List<Int>/List<String> and Option<Int>/Option<String>
  let empty = []
  let ints = List.append(empty, 1)
  let words = List.append(empty, "w")
  println("empty: ${ints} ${words} ${List.length(empty)}")
  # a closure using a polymorphic local is polymorphic too
  let push = fn x -> List.append(empty, x) end
  println("push: ${push(1)} ${push("one")}")
  let nothing = None
  let a = if true do Some(1) else nothing end
  let b = if true do nothing else Some("b") end
  println("none: ${a} ${b}")

  # a tuple of closures
  let fns = (fn x -> [x] end, fn x -> (x, x) end)
  println("tuple: ${Tuple.first(fns)(1)} ${Tuple.first(fns)("one")} ${Tuple.second(fns)(true)}")

  # never used: no code, no error
  let unused = fn x -> "${x}!" end

  # used at one type: an ordinary closure
  let once = fn x -> x * 2 end
  println("once: ${once(21)}")

  # the result of a call is not generalised (value restriction), but works at one type
  let add_one = make_adder(1)
  println("call: ${add_one(41)}")
end
