# Small non-tail self-recursive functions are inlined into themselves a few levels deep by
# codegen (SelfInlining): results, the order of side effects and panic locations must be
# those of the plain recursion, at every depth (so also at depths inside an inlined copy).

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

# Prints in pre-order: the inlined levels must keep the calls' order.
fn walk(n :: Int, path :: String) -> Int do
  println(path)
  if n < 2 do
    1
  else
    walk(n - 1, path <> "L") + walk(n - 2, path <> "R")
  end
end

fn halves(x :: Float, depth :: Int) -> Float do
  if depth == 0 do
    x
  else
    halves(x / 2.0, depth - 1) + 1.0
  end
end

fn spell(n :: Int) -> String do
  if n == 0 do
    "."
  else
    "${n}" <> spell(n - 1)
  end
end

# 100 / (n - k) divides by zero when the recursion reaches k: the panic must name line 44.
fn countdown(n :: Int, k :: Int) -> Int do
  if n == 0 do
    0
  else
    100 / (n - k) + countdown(n - 1, k)
  end
end

fn main() do
  println("fib: ${fib(0)} ${fib(1)} ${fib(2)} ${fib(10)} ${fib(25)}")
  println("walk leaves: ${walk(5, "")}")
  println("halves: ${halves(1024.0, 7)}")
  println("spell: ${spell(12)}")
  println("countdown: ${countdown(10, 20)}")
  println("countdown to zero at depth 3:")
  println("${countdown(10, 7)}")
end
