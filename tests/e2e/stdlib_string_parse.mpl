# String.to_int and String.to_float: the text is trimmed of Unicode white space first; anything
# else that is not a complete number gives None (Rust's i64 and f64 parsing rules, as upstream).

fn int_case(label :: String, text :: String) do
  case String.to_int(text) do
    Some(n) -> println("to_int ${label}: Some(${n})")
    None -> println("to_int ${label}: None")
  end
end

fn float_case(label :: String, text :: String) do
  case String.to_float(text) do
    Some(x) -> println("to_float ${label}: Some(${x})")
    None -> println("to_float ${label}: None")
  end
end

fn main() do
  int_case("plain", "42")
  int_case("spaces around", "  42  ")
  int_case("tabs and newlines", "\t\n-17\n")
  int_case("unicode spaces", " 　99　 ")
  int_case("plus sign", "+8")
  int_case("minus zero", "-0")
  int_case("leading zeros", "007")
  int_case("largest", "9223372036854775807")
  int_case("smallest", "-9223372036854775808")
  int_case("one past the largest", "9223372036854775808")
  int_case("one past the smallest", "-9223372036854775809")
  int_case("huge", "123456789012345678901234567890")
  int_case("empty", "")
  int_case("only spaces", "   ")
  int_case("lone plus", "+")
  int_case("lone minus", "-")
  int_case("double sign", "--5")
  int_case("inner space", "1 2")
  int_case("trailing letter", "12a")
  int_case("decimal point", "1.0")
  int_case("exponent", "1e3")
  int_case("hex", "0x1F")
  int_case("underscore", "1_000")
  int_case("fullwidth digits", "４２")
  int_case("arabic-indic digits", "٤٢")

  float_case("plain", "3.25")
  float_case("spaces around", "  -0.5 ")
  float_case("integer", "42")
  float_case("trailing point", "7.")
  float_case("leading point", ".125")
  float_case("signed leading point", "-.5")
  float_case("exponent", "1.5e3")
  float_case("exponent with sign", "25E-2")
  float_case("exponent plus", "2e+2")
  float_case("leading zeros", "00012.500")
  float_case("one tenth", "0.1")
  float_case("many digits", "3.14159265358979323846264338327950288")
  float_case("largest", "1.7976931348623157e308")
  float_case("overflow", "1e309")
  float_case("negative overflow", "-1e400")
  float_case("huge exponent", "1e99999999999999999999")
  float_case("smallest subnormal", "5e-324")
  float_case("underflow", "1e-400")
  float_case("negative underflow", "-1e-400")
  float_case("zero with exponent", "0e500")
  float_case("inf", "inf")
  float_case("Infinity", "-Infinity")
  float_case("INF with plus", "+INF")
  float_case("nan", "NaN")
  float_case("negative nan", "-nan")
  float_case("empty", "")
  float_case("lone point", ".")
  float_case("lone sign", "-")
  float_case("missing exponent digits", "1e")
  float_case("exponent only", "e5")
  float_case("two points", "1.2.3")
  float_case("infinit", "infinit")
  float_case("hex", "0x1p3")
  float_case("underscore", "1_0.5")
  float_case("comma decimal", "1,5")
  float_case("suffix", "2.5f")
  float_case("inner space", "1 .5")

  # the results are ordinary Option values
  let total = case String.to_int(" 40 ") do
    Some(n) -> n + 2
    None -> 0
  end
  println("total: ${total}")
  println("display: ${String.to_int("5")} ${String.to_int("five")} ${String.to_float("2.5")} ${string_to_float("x")}")
  println("method: ${" 12 ".to_int()} ${"1e2".to_float()}")
end
