# Generic structs: one declaration, several instantiations (monomorphised),
# generic functions that build and take them, and nested generic types.

struct Box<T> do
  value :: T
end deriving(Eq, Display)

struct Pair<A, B> do
  first :: A
  second :: B
end deriving(Eq, Ord, Display)

fn wrap<T>(v :: T) -> Box<T> do
  Box { value: v }
end

fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> do
  Pair { first: p.second, second: p.first }
end

fn main() do
  let i = wrap(41)
  let s = wrap("hello")
  let f = Box { value: 2.5 }
  println("${i} ${s} ${f}")
  println("unwrapped: ${i.value + 1}, ${s.value} world, ${f.value * 2.0}")
  let nested = wrap(wrap(true))
  println("nested: ${nested}, inner value ${nested.value.value}")
  let p = Pair { first: 1, second: "one" }
  let q = swap(p)
  println("pair ${p} swapped ${q}")
  println("first of swapped: ${q.first}")
  println("boxes equal: ${wrap(3) == wrap(3)} ${wrap("a") == wrap("b")}")
  println("pairs ordered: ${Pair { first: 1, second: 9 } < Pair { first: 2, second: 0 }}")
  println("pairs ordered by second field: ${Pair { first: 1, second: "b" } > Pair { first: 1, second: "a" }}")
  let updated = %{p | second: "uno"}
  println("updated: ${updated}")
  let deep = Pair { first: wrap(1), second: Pair { first: 2.5, second: false } }
  println("deep: ${deep}")
end
