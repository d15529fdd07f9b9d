# The part of the Int module written in Mesh (to_string, to_float and parse are in the runtime).
# Int is a 64-bit integer whose arithmetic wraps. `Int.pow(2, 10)` and `2.pow(10)` both call these.

# base raised to a non-negative exponent (repeated squaring; wraps like `*`). A negative exponent
# has no Int result: it panics, as Elixir's Integer.pow raises.
pub fn pow(base :: Int, exponent :: Int) -> Int do
  if exponent < 0 do
    panic("Int.pow: the exponent must not be negative, got ${exponent}")
  end
  power(base, exponent, 1)
end

fn power(base :: Int, exponent :: Int, result :: Int) -> Int do
  if exponent == 0 do
    result
  else if exponent % 2 == 1 do
    power(base * base, exponent / 2, result * base)
  else
    power(base * base, exponent / 2, result)
  end
end

# |n| (Math.abs for Ints).
pub fn abs(n :: Int) -> Int = Math.abs(n)

# The smaller of two Ints.
pub fn min(a :: Int, b :: Int) -> Int = Math.min(a, b)

# The larger of two Ints.
pub fn max(a :: Int, b :: Int) -> Int = Math.max(a, b)

# n kept within [low, high]; panics when low > high (there is no such range).
pub fn clamp(n :: Int, low :: Int, high :: Int) -> Int do
  if low > high do
    panic("Int.clamp: the low bound ${low} is above the high bound ${high}")
  end
  Math.min(Math.max(n, low), high)
end

# True for ..., -2, 0, 2, ...
pub fn is_even(n :: Int) -> Bool = n % 2 == 0

# True for ..., -1, 1, 3, ...
pub fn is_odd(n :: Int) -> Bool = n % 2 != 0

# The greatest common divisor, never negative (gcd(0, 0) is 0) save for the smallest Int,
# whose absolute value wraps to itself as with Math.abs.
pub fn gcd(a :: Int, b :: Int) -> Int do
  if b == 0 do
    Math.abs(a)
  else
    gcd(b, a % b)
  end
end
