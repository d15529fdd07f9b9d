# `let (f, g) = pair` where `pair` is a polymorphic variable: a variable is a syntactic
# value and the pattern cannot fail, so each name is generalised as a `let` of its part
# (ML's value restriction): `f` and `g` are used at several types each. Struct patterns
# over a polymorphic struct value, nested patterns, and names used at one type work too.

struct Ops<A, B> do
  ident :: A
  plus :: B
end

fn main() do
  let pair = (fn x -> x end, fn x -> [x] end)
  let (f, g) = pair
  println("${f(1)} ${f("one")} ${g(2)} ${g("two")}")

  # One name polymorphic, one used at a single type.
  let (h, k) = pair
  println("${h(true)} ${h(2.5)} ${k(6)}")

  # Nested: a tuple written out around a variable.
  let (same, (wrap, n)) = (fn x -> x end, (fn x -> [x, x] end, 3))
  println("${same(true)} ${same("s")} ${wrap(1)} ${wrap("a")} ${n}")
  let nested = ((fn x -> x end, 1), 2)
  let ((ident, one), two) = nested
  println("${ident("n")} ${ident(9)} ${one + two}")

  # A struct pattern over a polymorphic struct value; `plus` keeps its `+` requirement.
  let ops = Ops { ident: fn x -> x end, plus: fn a, b -> a + b end }
  let Ops { ident: id, plus } = ops
  println("${id(1)} ${id("s")} ${plus(1, 2)} ${plus(1.5, 2.0)}")
end
