# expect-error: E0007
# expect-text: missing `next`
# An Iterator impl must define next.

struct Counter do
  n :: Int
end

impl Iterator for Counter do
  type Item = Int
end

fn main() do
  println("hi")
end
