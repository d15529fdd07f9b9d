# expect-error: E0002
# expect-text: infinite type
# A function applied to itself would need a type that contains itself.

fn apply_self(f) do
  f(f)
end

fn main() do
  println("x")
end
