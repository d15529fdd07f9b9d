# expect-error: E0006
# expect-text: Bool does not implement `Zero`
# `T.zero()` on a type parameter needs an impl for the type the function is called with.
interface Zero do
  fn zero() -> Self
end

impl Zero for Int do
  fn zero() -> Int do
    0
  end
end

fn zero_of<T>(x :: T) -> T where T: Zero do
  T.zero()
end

fn main() do
  println("${zero_of(1)}")
  println("${zero_of(true)}")
end
