# Int and Float functions a Gleam or Elixir programmer reaches for first: parse (as
# String.to_int/to_float), pow, abs/min/max/clamp, is_even/is_odd, gcd; Float.floor/ceil/round stay
# Float (Math.floor/ceil/round give an Int), Float.truncate gives an Int, Float.to_precision rounds to decimal places.

fn main() do
  println("${Int.parse("42")} ${Int.parse(" -7 ")} ${Int.parse("4x")} ${Int.parse("")} ${Int.parse("9223372036854775808")}")
  println("${Float.parse("2.5")} ${Float.parse("-1e3")} ${Float.parse("abc")} ${Float.parse("7")}")
  println("${Int.pow(2, 10)} ${Int.pow(-3, 3)} ${Int.pow(7, 0)} ${Int.pow(0, 0)} ${Int.pow(10, 18)} ${2.pow(62)}")
  println("${Int.pow(2, 64)} ${Int.pow(3, 41)}")
  println("${Int.abs(-5)} ${Int.min(3, -4)} ${Int.max(3, -4)} ${(-9).abs()}")
  println("${Int.clamp(15, 0, 10)} ${Int.clamp(-3, 0, 10)} ${Int.clamp(4, 0, 10)} ${7.clamp(7, 7)}")
  println("${Int.is_even(0)} ${Int.is_even(-4)} ${Int.is_odd(-3)} ${Int.is_odd(8)} ${5.is_odd()}")
  println("${Int.gcd(12, 18)} ${Int.gcd(-12, 18)} ${Int.gcd(0, 5)} ${Int.gcd(0, 0)} ${Int.gcd(17, 5)}")
  println("${List.map([1, 2, 3, 4], fn n -> Int.pow(n, 2) end)}")
  println("${List.filter([1, 2, 3, 4, 5, 6], Int.is_even)}")

  println("${Float.floor(2.7)} ${Float.floor(-2.1)} ${Float.ceil(2.1)} ${Float.ceil(-2.7)}")
  println("${Float.round(2.5)} ${Float.round(-2.5)} ${Float.round(2.4)} ${Float.round(0.0)}")
  println("${Float.floor(1.0e20)} ${Float.round(1.0 / 0.0)} ${Float.floor(0.0 / 0.0)}")
  println("${Float.truncate(2.9)} ${Float.truncate(-2.9)} ${Math.floor(2.7)} ${2.7.floor()}")
  println("${Float.to_precision(3.14159, 2)} ${Float.to_precision(-3.14159, 3)} ${Float.to_precision(1234.5, -2)} ${Float.to_precision(2.5, 0)} ${Float.to_precision(0.1 + 0.2, 10)} ${1.5.to_precision(20)}")
  println("${Float.abs(-1.5)} ${Float.min(1.5, -2.0)} ${Float.max(1.5, -2.0)} ${(-0.25).abs()}")
  println("${Float.clamp(1.5, 0.0, 1.0)} ${Float.clamp(-0.5, 0.0, 1.0)} ${Float.clamp(0.25, 0.0, 1.0)} ${0.5.clamp(0.0, 0.1)}")
  println("${Int.to_string(12) <> Float.to_string(0.5)}")
end
