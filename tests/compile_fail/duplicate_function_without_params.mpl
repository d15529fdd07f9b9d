# expect-error: E0043
# expect-text: `limit` is defined more than once
# expect-text: first defined here
# A function without parameters written twice is a duplicate, not an unreachable second clause.

fn limit() -> Int = 10
fn limit() -> Int = 20

fn main() do
  println("${limit()}")
end
