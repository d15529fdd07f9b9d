# Float.to_fixed(x, digits): rounded as Float.to_precision (halves away from zero) and written with
# exactly `digits` places after the point, as money and reports need (Go's "%.2f", JavaScript's
# toFixed). No point for digits <= 0; NaN and the infinities as Display writes them.
fn main() do
  let xs = [2.5, 0.1 + 0.2, -0.004, 1234.5678, 1.0e21, 100.0, 0.0, -1.5, 3.14159, 1.0 / 0.0, 0.0 / 0.0, -1.0 / 0.0]
  for x in xs do
    println("${x}: ${Float.to_fixed(x, 2)} ${x.to_fixed(0)} ${Float.to_fixed(x, 4)} ${Float.to_fixed(x, -1)} ${Float.to_fixed(x, 17)}")
  end
end
