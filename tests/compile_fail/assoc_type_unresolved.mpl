# expect-error: E0042
# expect-text: cannot tell what `Item` of `Source` is here
# expect-text: call through the type
# A method without self whose result is an associated type, called through the
# interface: nothing says which impl (and so which Item) is meant.
interface Source do
  type Item
  fn produce() -> Self.Item
end

struct Ones do
  n :: Int
end

impl Source for Ones do
  type Item = Int
  fn produce() -> Int = 1
end

fn main() do
  let v = Source.produce()
  println("through the type it works: ${Ones.produce()}")
end
