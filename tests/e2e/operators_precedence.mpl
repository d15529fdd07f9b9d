# Every operator of the reference's precedence table (A.2), from the loosest
# (|>) to the tightest (prefix and postfix), and left associativity.

struct P do
  x :: Int
end deriving(Eq, Ord, Display)

fn inc(n) = n + 1

fn add(a, b) = a + b

fn checked(n :: Int) -> Option<Int> do
  let half = (if n % 2 == 0 do Some(n / 2) else None end)?
  Some(half + 1)
end

fn main() do
  # |> is loosest: the whole arithmetic is piped
  println("pipe: ${1 + 2 |> inc()} ${3 |> add(4) |> inc()}")
  # or/|| below and/&&, both below comparisons
  println("bool: ${true or false and false} ${false || true && true} ${1 < 2 and 3 > 4 or 5 == 5}")
  println("not: ${not false and false} ${!true || true} ${!(1 > 2)}")
  # == and != below < >; both below ..; .. below <> ++; those below + -
  println("cmp: ${1 + 1 == 2} ${1 < 2 == true} ${2 * 3 != 6}")
  println("range: ${1 + 1..2 * 3} ${Range.length(0..2 + 3)}")
  println("concat: ${"a" <> "b" ++ "c"} ${[1] ++ [2] <> [3]} ${[1, 2] ++ List.map([3], fn x -> x * 2 end)}")
  # * / % above + -, all left-associative
  println("arith: ${2 + 3 * 4} ${(2 + 3) * 4} ${20 - 5 - 3} ${64 / 4 / 2} ${17 % 5 * 2} ${2 * 17 % 5}")
  println("division: ${7 / 2} ${-7 / 2} ${7 / -2} ${-7 % 3} ${7 % -3} ${7.0 / 2.0}")
  # prefix minus binds tighter than binary operators
  println("unary: ${-2 * 3} ${- 2 + 5} ${-(2 + 5)} ${-2.5 * 2.0} ${--3}")
  # Ord on Int, Float, String, lists (lexicographic) and derived types
  println("ord: ${2 >= 2} ${1.5 <= 1.25} ${"apple" < "banana"} ${"Z" < "a"} ${[1, 2, 3] < [1, 3]} ${[1, 2] > [1]} ${[] < [0]} ${P { x: 1 } < P { x: 2 }}")
  println("eq: ${[1, 2] == [1, 2]} ${"a" != "b"} ${P { x: 1 } == P { x: 1 }} ${(1, "a") == (1, "a")} ${Some(3) != None}")
  # postfix: calls, field access, method calls and ? bind tightest
  let p = P { x: 4 }
  println("postfix: ${p.x * 2} ${"abc".length() + 1} ${-p.x} ${checked(4)} ${checked(3)}")
end
