# receive arms with tuple patterns that mix String literals, constructors,
# as-patterns, or-patterns and guards. A single actor prints everything.

type Op do
  Add(Int)
  Mul(Int)
  Reset
end deriving(Display)

actor calc(total :: Int) do
  receive do
    ("op", Add(n) as op) -> calc(step(total, op, total + n))
    ("op", Mul(n) as op) when n != 0 -> calc(step(total, op, total * n))
    ("op", Reset | Mul(_)) -> calc(step(total, Reset, 0))
    ("done", _) -> println("final ${total}")
    (label, op) -> calc(ignore(total, label, op))
  end
end

fn step(old :: Int, op :: Op, new :: Int) -> Int do
  println("${old} ${op} -> ${new}")
  new
end

fn ignore(total :: Int, label :: String, op :: Op) -> Int do
  println("ignored ${label} ${op}")
  total
end

fn main() do
  let c = spawn(calc, 1)
  send(c, ("op", Add(4)))
  send(c, ("op", Mul(3)))
  send(c, ("noise", Add(100)))
  send(c, ("op", Mul(0)))
  send(c, ("op", Add(-2)))
  send(c, ("op", Reset))
  send(c, ("op", Add(9)))
  send(c, ("done", Reset))
end
