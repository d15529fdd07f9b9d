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

# x rounded to `digits` decimal places (as to_precision) and written with exactly that many
# digits after the point: to_fixed(2.5, 2) is "2.50", to_fixed(-0.004, 2) "-0.00" (JavaScript's
# toFixed, Go's "%.2f", Elixir's :erlang.float_to_binary(x, decimals: 2)). No point for
# digits <= 0; NaN and the infinities are written as Display writes them.
pub fn to_fixed(x :: Float, digits :: Int) -> String do
  let rounded = Float.to_precision(x, digits)
  let text = "${rounded}"
  if digits <= 0 or rounded - rounded != 0.0 do
    text
  else
    case String.index_of(text, ".") do
      Some(point) -> text <> String.repeat("0", digits - (String.length(text) - point - 1))
      None -> text <> "." <> String.repeat("0", digits)
    end
  end
end
