# Tuples: construction, display, destructuring `let`, tuples as arguments
# and results, nesting, and equality/ordering (element by element).

fn divmod(a :: Int, b :: Int) -> (Int, Int) do
  (a / b, a % b)
end

fn swap(p :: (String, Int)) -> (Int, String) do
  let (s, n) = p
  (n, s)
end

fn min_max(a :: Int, b :: Int, c :: Int) -> (Int, Int) do
  let lo = Math.min(a, Math.min(b, c))
  let hi = Math.max(a, Math.max(b, c))
  (lo, hi)
end

fn main() do
  let t = (1, "two", 3.5)
  println("triple: ${t}")
  let (q, r) = divmod(17, 5)
  println("17 divmod 5 = ${q} rem ${r}")
  println("divmod(-7, 2) = ${divmod(-7, 2)}")
  println("swapped: ${swap(("seven", 7))}")
  let (lo, hi) = min_max(4, -2, 9)
  println("range ${lo}..${hi}")
  let nested = ((1, 2), (true, "x"), 0.5)
  let ((a, b), (flag, letter), f) = nested
  println("nested: ${nested}")
  println("parts: ${a} ${b} ${flag} ${letter} ${f}")
  let (_, ignored_second, _) = t
  println("middle: ${ignored_second}")
  println("eq: ${(1, "a") == (1, "a")} ${(1, "a") == (1, "b")} ${(1, "a") != (2, "a")}")
  println("lt: ${(1, 9) < (2, 0)} ${(2, 0) < (1, 9)} ${(1, "b") < (1, "c")} ${(1, 1) < (1, 1)}")
  println("le/ge: ${(1, 1) <= (1, 1)} ${(3, 0) >= (2, 99)} ${(0.5, "b") > (0.5, "a")}")
  println("nested eq: ${nested == ((1, 2), (true, "x"), 0.5)}")
  let with_option = (Some(3), None)
  println("options: ${with_option}")
end
