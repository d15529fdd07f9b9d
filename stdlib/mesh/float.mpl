# The part of the Float module written in Mesh (to_string, to_int, parse, floor, ceil, round and
# truncate are in the runtime). `Float.clamp(x, 0.0, 1.0)` and `x.clamp(0.0, 1.0)` both call these.

# |x| (Math.abs for Floats).
pub fn abs(x :: Float) -> Float = Math.abs(x)

# The smaller of two Floats; a NaN operand is ignored (as Math.min).
pub fn min(a :: Float, b :: Float) -> Float = Math.min(a, b)

# The larger of two Floats; a NaN operand is ignored (as Math.max).
pub fn max(a :: Float, b :: Float) -> Float = Math.max(a, b)

# x kept within [low, high]; panics when low > high. NaN stays NaN.
pub fn clamp(x :: Float, low :: Float, high :: Float) -> Float do
  if low > high do
    panic("Float.clamp: the low bound ${low} is above the high bound ${high}")
  end
  if x < low do
    low
  else if x > high do
    high
  else
    x
  end
end
