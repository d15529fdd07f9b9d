# Encoding and decoding give back an equal value, including the extreme Ints, floats that
# need an exponent, and strings with quotes, backslashes, control characters and non-ASCII text.

struct Sample do
  label :: String
  whole :: Int
  real :: Float
  flags :: List<Bool>
end deriving(Json, Eq)

fn check(s :: Sample) do
  let text = Json.encode(s)
  case Sample.from_json(text) do
    Ok(back) -> println("${back == s} ${text}")
    Err(e) -> println("error: ${e} in ${text}")
  end
end

fn main() do
  check(Sample { label: "", whole: 0, real: 0.0, flags: [] })
  check(Sample { label: "quote \" backslash \\ slash /", whole: 9223372036854775807, real: 0.1, flags: [true] })
  check(Sample { label: "line\nbreak\ttab\rreturn", whole: -9223372036854775807 - 1, real: -2.5, flags: [false, true] })
  check(Sample { label: "ünïcödé ✓ 日本 🎉", whole: 1, real: 1.0e300, flags: [] })
  check(Sample { label: "tiny", whole: -1, real: 0.000000025, flags: [] })
  check(Sample { label: "big", whole: 123456789, real: 12345678901234567.0, flags: [] })
  check(Sample { label: "fraction", whole: 2, real: 123456.789, flags: [] })

  # Escapes in the input, including a surrogate pair, decode to UTF-8.
  case Sample.from_json("{\"label\":\"\\u00e9\\ud83d\\ude00\\u0041\\/\\b\",\"whole\":-0,\"real\":-1E-2,\"flags\":[]}") do
    Ok(s) -> println("${String.length(s.label)} ${s.whole} ${s.real} ${Json.encode(s.label)}")
    Err(e) -> println("error: ${e}")
  end
end
