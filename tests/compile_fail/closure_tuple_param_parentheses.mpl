# expect-error: E0003
# expect-text: this closure takes 2 parameters, but it is called with one argument
# expect-text: fn ((hi, lo)) -> ... end
# The closure is checked before the pair it will get is known, so its two parameters stay two.
fn check<T>(test :: Fun(T) -> Bool, value :: T) -> Bool = test(value)

fn main() do
  println("${check(fn (hi, lo) -> hi > lo end, (2, 1))}")
end
