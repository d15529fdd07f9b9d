# A `let` with a refutable struct pattern checks the value at run time: when a field
# does not match, the program panics at the `let` (nothing after it runs).

struct Reading do
  sensor :: String
  ok :: Bool
  value :: Int
end

fn main() do
  let first = Reading { sensor: "a", ok: true, value: 3 }
  let Reading { ok: true, value, .. } = first
  println("reading ${value}")
  let second = Reading { sensor: "b", ok: false, value: 0 }
  let Reading { ok: true, value: other, .. } = second
  println("unreachable ${other}")
end
