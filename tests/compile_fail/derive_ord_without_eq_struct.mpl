# expect-error: E0029
# expect-text: requires Eq
# Deriving Ord on a struct without Eq.

struct Score do
  points :: Int
end deriving(Ord)

fn main() do
  let s = Score { points: 3 }
  println("${s.points}")
end
