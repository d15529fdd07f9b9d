# Math.abs, Math.min and Math.max take Int or Float (the result has the
# argument type); Math.pi is a Float value written without a call.

fn clamp(x, low, high) = Math.max(low, Math.min(high, x))

fn circle_area(r :: Float) -> Float = Math.pi * r * r

fn main() do
  let nan = 0.0 / 0.0
  println("pi: ${Math.pi} ${Math.pi * 2.0} ${math_pi()}")
  println("area: ${circle_area(2.0)} rounded ${Math.round(circle_area(10.0))}")
  println("abs: ${Math.abs(-2.5)} ${Math.abs(2.5)} ${Math.abs(-0.0)} ${Math.abs(-7)} ${math_abs(-1.0 / 0.0)}")
  println("min: ${Math.min(1.5, -2.25)} ${Math.min(3, 4)} ${Math.min(nan, 1.0)} ${Math.min(2.0, nan)}")
  println("max: ${Math.max(1.5, -2.25)} ${Math.max(3, 4)} ${Math.max(nan, 1.0)} ${math_max(-1.5, -2.5)}")
  # a generic helper used at both types: one copy for Int, one for Float
  println("clamp: ${clamp(15, 0, 10)} ${clamp(-0.5, 0.0, 1.0)} ${clamp(0.25, 0.0, 1.0)}")
  let total = List.reduce([3.5, -8.25, 2.0], 0.0, fn acc, x -> acc + Math.abs(x) end)
  println("sum of abs: ${total}")
end
