# Nested patterns: constructors inside constructors, tuples inside
# constructors and vice versa, literals (negative numbers, strings, bools)
# at depth, wildcards, and guards that use the bound variables.

type Leaf do
  Num(Int)
  Word(String)
  Nothing
end deriving(Display)

type Inner do
  Single(Leaf)
  Both(Leaf, Leaf)
end deriving(Display)

type Token do
  Bare(Leaf)
  Pair(Inner, Leaf)
end deriving(Display)

fn classify(t :: Token) -> String do
  case t do
    Bare(Num(0)) -> "zero"
    Bare(Num(-1)) -> "minus one"
    Bare(Num(n)) when n > 100 -> "big ${n}"
    Bare(Num(n)) -> "number ${n}"
    Bare(Word("")) -> "empty word"
    Bare(Word(w)) -> "word ${w}"
    Bare(Nothing) -> "nothing"
    Pair(Single(Num(a)), Num(b)) -> "two numbers summing to ${a + b}"
    Pair(Single(Word(w)), Nothing) -> "lonely ${w}"
    Pair(Both(Num(x), _), _) when x < 0 -> "negative first in a double"
    Pair(Both(_, _), Word(w)) -> "double then ${w}"
    Pair(a, b) -> "mixed pair of ${a} and ${b}"
  end
end

fn quadrant(p :: (Int, Int)) -> String do
  case p do
    (0, 0) -> "origin"
    (0, _) -> "on the y axis"
    (_, 0) -> "on the x axis"
    (x, y) when x > 0 and y > 0 -> "first"
    (x, y) when x < 0 and y > 0 -> "second"
    (x, _) when x < 0 -> "third"
    _ -> "fourth"
  end
end

fn lookup(entry :: (String, Int?)) -> String do
  case entry do
    (name, Some(-1)) -> "${name}: retired"
    (name, Some(age)) -> "${name}: ${age}"
    ("root", None) -> "root has no age"
    (name, None) -> "${name}: unknown"
  end
end

fn nested_result(r :: (Int!String)?) -> String do
  case r do
    Some(Ok(v)) -> "value ${v}"
    Some(Err("timeout")) -> "timed out"
    Some(Err(e)) -> "error ${e}"
    None -> "no result"
  end
end

fn main() do
  println(classify(Bare(Num(0))))
  println(classify(Bare(Num(-1))))
  println(classify(Bare(Num(101))))
  println(classify(Bare(Num(7))))
  println(classify(Bare(Word(""))))
  println(classify(Bare(Word("hi"))))
  println(classify(Bare(Nothing)))
  println(classify(Pair(Single(Num(2)), Num(3))))
  println(classify(Pair(Single(Word("solo")), Nothing)))
  println(classify(Pair(Both(Num(-5), Nothing), Num(1))))
  println(classify(Pair(Both(Num(5), Nothing), Word("end"))))
  println(classify(Pair(Both(Num(5), Nothing), Num(1))))
  println(classify(Pair(Single(Nothing), Word("x"))))
  println(quadrant((0, 0)))
  println(quadrant((0, 3)))
  println(quadrant((-2, 0)))
  println(quadrant((1, 1)))
  println(quadrant((-1, 1)))
  println(quadrant((-1, -1)))
  println(quadrant((1, -1)))
  println(lookup(("ada", Some(36))))
  println(lookup(("bob", Some(-1))))
  println(lookup(("root", None)))
  println(lookup(("eve", None)))
  println(nested_result(Some(Ok(3))))
  println(nested_result(Some(Err("timeout"))))
  println(nested_result(Some(Err("refused"))))
  println(nested_result(None))
end
