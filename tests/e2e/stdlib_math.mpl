# Math, Int and Float. Float results print like Rust's f64 Display (shortest
# round-trip form, no exponent, integral values without ".0").
# Float -> Int conversions (Float.to_int, floor, ceil, round) never fail: they
# truncate toward zero, NaN gives 0 and out-of-range values saturate.

fn main() do
  let big = 9223372036854775807
  let small = -9223372036854775807 - 1
  let nan = 0.0 / 0.0
  let inf = 1.0 / 0.0

  # abs / min / max (Int; Math functions have no method form: a receiver's type picks Int/Float/String)
  println("abs: ${Math.abs(-5)} ${Math.abs(7)} ${Math.abs(0)} ${math_abs(-big)} ${Math.abs(small)}")
  println("min: ${Math.min(3, -4)} ${Math.min(10, 10)} ${math_min(small, big)}")
  println("max: ${Math.max(3, -4)} ${Math.max(-1, -2)} ${math_max(small, big)}")

  # pow / sqrt
  println("pow: ${Math.pow(2.0, 10.0)} ${Math.pow(2.0, -1.0)} ${Math.pow(2.0, 0.5)} ${math_pow(10.0, 21.0)}")
  println("pow edge: ${Math.pow(0.0, 0.0)} ${Math.pow(nan, 0.0)} ${Math.pow(-8.0, 1.0 / 3.0)} ${Math.pow(10.0, 400.0)}")
  println("sqrt: ${Math.sqrt(2.0)} ${Math.sqrt(16.0)} ${Math.sqrt(0.0)} ${math_sqrt(1.0e-10)} ${Math.sqrt(-1.0)} ${Math.sqrt(inf)}")

  # floor / ceil / round
  println("floor: ${Math.floor(2.7)} ${Math.floor(-2.3)} ${Math.floor(-0.5)} ${Math.floor(5.0)} ${math_floor(1.0e15 + 0.5)}")
  println("ceil: ${Math.ceil(2.1)} ${Math.ceil(-2.7)} ${Math.ceil(-0.5)} ${Math.ceil(5.0)} ${math_ceil(1.0000001)}")
  println("round: ${Math.round(2.5)} ${Math.round(-2.5)} ${Math.round(3.5)} ${Math.round(0.5)} ${Math.round(-0.5)} ${Math.round(2.4999)} ${Math.round(-2.6)}")
  println("round exact: ${Math.round(0.49999999999999994)} ${math_round(4503599627370497.0)} ${Math.round(1.0e300)} ${Math.round(-1.0e300)}")
  println("non-finite: ${Math.floor(nan)} ${Math.ceil(inf)} ${Math.round(-inf)}")

  # Int.to_float / Float.to_int / Float.from
  let i = 7
  println("to_float: ${Int.to_float(3)} ${i.to_float()} ${int_to_float(-12)} ${Int.to_float(9007199254740993)} ${Int.to_float(big)}")
  println("to_float arithmetic: ${Int.to_float(1) / 3.0} ${Int.to_float(22) / Int.to_float(7)}")
  let f = -3.99
  println("to_int: ${Float.to_int(3.99)} ${f.to_int()} ${float_to_int(0.999)} ${Float.to_int(-0.0)} ${Float.to_int(1.0e18)}")
  println("to_int saturating: ${Float.to_int(1.0e19)} ${Float.to_int(-1.0e19)} ${Float.to_int(inf)} ${Float.to_int(-inf)} ${Float.to_int(nan)}")
  println("from: ${Float.from(5)} ${float_from(-5) / 2.0}")

  # to_string: the same text as interpolation
  let x = 1234
  let y = 0.1 + 0.2
  let yes = true
  println(Int.to_string(-17) <> " " <> x.to_string() <> " " <> int_to_string(big) <> " " <> small.to_string())
  println(Float.to_string(2.5) <> " " <> y.to_string() <> " " <> float_to_string(42.0) <> " " <> Float.to_string(1.0e21) <> " " <> Float.to_string(1.5e-7))
  println(Float.to_string(nan) <> " " <> inf.to_string() <> " " <> Float.to_string(-inf) <> " " <> Float.to_string(-0.0))
  println(yes.to_string() <> " " <> bool_to_string(false) <> " " <> (1 > 2).to_string())

  # results feed other calls
  let hyp = Math.sqrt(Math.pow(3.0, 2.0) + Math.pow(4.0, 2.0))
  println("hypotenuse: ${hyp} rounded ${Math.round(hyp)} as int ${hyp.to_int()}")
  println("clamp: ${Math.max(0, Math.min(100, 250))} ${Math.max(0, Math.min(100, -3))}")
end
