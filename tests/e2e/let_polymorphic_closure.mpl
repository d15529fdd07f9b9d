# Let-polymorphism of closures: a `let` bound to a closure literal is generalised
# (Hindley-Milner with the value restriction) and each use takes its own types;
# the closure is compiled once per distinct instantiation and captures by value.

struct Box<T> do
  item :: T
end

fn apply_to(f, value) do
  f(value)
end

# The enclosing function is generic too: `id(y)` is at its type parameter.
fn with_local_id(y) do
  let id = fn x -> x end
  "${id(y)}/${id(0)}"
end

# Recursion: a closure calling the function it is in is tied to that function's
# (monomorphic, while it is being inferred) type, so it is not generalised ...
fn countdown(n) do
  let step = fn x -> if n > 0 do countdown(n - 1) else x end end
  step("liftoff")
end

# ... while one that does not stays polymorphic across self tail calls.
fn spin(n, acc) do
  let tag = fn v -> "${v}:${n}" end
  if n == 0 do
    acc
  else
    spin(n - 1, acc <> "[" <> tag(n) <> "/" <> tag(n == 1) <> "]")
  end
end

fn main() do
  # identity at three types
  let id = fn x -> x end
  println("id: ${id(1)} ${id("one")} ${id(true)}")

  # a pair builder at (Int, String) and (String, Float)
  let pair = fn a, b -> (a, b) end
  let p = pair(1, "one")
  let q = pair("half", 0.5)
  println("pair: ${p} ${q}")

  # captures keep one type: `base` is an Int, the argument is free
  let base = 40
  let tag = fn x -> "${base + 2}:${x}" end
  println("tag: ${tag(7)} ${tag("seven")} ${tag([1, 2])}")

  # passed to a polymorphic function at two element types
  let words = List.map(["a", "bb", "ccc"], id)
  let numbers = List.map([3, 2, 1], id)
  println("map: ${words} ${numbers}")
  println("apply: ${apply_to(id, 5)} ${apply_to(id, "five")}")

  # operator requirements travel with the closure: + on Int and on Float
  let add = fn a, b -> a + b end
  println("add: ${add(1, 2)} ${add(0.25, 0.5)}")
  let show = fn v -> "<${v}>" end
  println("show: ${show(3)} ${show(Some("x"))} ${show(Box { item: 1.5 })}")

  # a nested let, generalised inside the closure's body
  let twin = fn(v) do
    let dup = fn w -> (w, w) end
    (dup(v), dup("fixed"))
  end
  println("nested: ${twin(1)} ${twin(false)}")

  # a polymorphic closure used inside another one, and a let of a let
  let via = fn v -> id(v) end
  let again = id
  let both = fn -> (id(8), id("eight")) end
  println("inner: ${via(9)} ${via("nine")} ${again(10)} ${again("ten")} ${both()}")

  # higher-order: a closure that takes a function, used at two types
  let twice = fn f, x -> f(f(x)) end
  println("twice: ${twice(fn n -> n * 3 end, 2)} ${twice(fn s -> s <> "!" end, "hey")}")

  # a closure returning a closure
  let konst = fn a -> fn _ -> a end end
  let seven = konst(7)
  println("konst: ${seven("ignored")} ${konst("s")(1)}")

  println("generic: ${with_local_id("y")} ${with_local_id(3.5)}")

  println("recursion: ${countdown(3)} ${spin(2, "")}")

  # inside a loop, capturing the loop variable
  for i in [1, 2] do
    let at = fn v -> "${v}@${i}" end
    println("loop: ${at(i)} ${at("i")}")
  end
end
