# Roman numerals both ways, checked by a round trip over 1..3999:
# multi-clause functions with guards, tail recursion, List.find, Result with ?.

let numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

fn to_roman(n :: Int) -> Result<String, String> do
  if n <= 0 or n >= 4000 do
    Err("${n} is out of range 1..3999")
  else
    Ok(build(n, numerals, ""))
  end
end

fn build(n :: Int, table :: List<(Int, String)>, acc :: String) -> String do
  case table do
    [] -> acc
    (value, text) :: _ when n >= value -> build(n - value, table, acc <> text)
    _ :: rest -> build(n, rest, acc)
  end
end

fn digit_value("I") = Some(1)
fn digit_value("V") = Some(5)
fn digit_value("X") = Some(10)
fn digit_value("L") = Some(50)
fn digit_value("C") = Some(100)
fn digit_value("D") = Some(500)
fn digit_value("M") = Some(1000)
fn digit_value(_) = None

fn values_of(text :: String) -> Result<List<Int>, String> do
  let letters = String.chars(String.to_upper(String.trim(text)))
  if letters == [] do
    return Err("empty numeral")
  end
  let values = List.map(letters, fn c -> digit_value(c) |> Option.to_result("bad digit '${c}' in ${text}") end)
  Result.all(values)
end

# Subtractive rule: a digit smaller than its right neighbour is subtracted.
fn sum_digits(values :: List<Int>, total :: Int) -> Int do
  case values do
    [] -> total
    [last] -> total + last
    a :: b :: rest when a < b -> sum_digits(b :: rest, total - a)
    a :: rest -> sum_digits(rest, total + a)
  end
end

fn from_roman(text :: String) -> Result<Int, String> do
  let values = values_of(text)?
  let n = sum_digits(values, 0)
  # Only the canonical spelling is accepted: IIII or IC are rejected.
  let canonical = to_roman(n)?
  if canonical == String.to_upper(String.trim(text)) do
    Ok(n)
  else
    Err("${text} is not canonical (did you mean ${canonical}?)")
  end
end

fn main() do
  for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] do
    case to_roman(n) do
      Ok(r) -> println("${n} = ${r}")
      Err(e) -> println(e)
    end
  end
  println("${to_roman(0)} ${to_roman(4000)}")
  for s in ["MCMXCIV", " mmxxiv ", "IIII", "IC", "ABC", "", "MMMCMXCIX"] do
    println("'${s}' -> ${from_roman(s)}")
  end
  let failures = 1..4000
    |> Range.filter(fn n -> (to_roman(n) |> Result.then(from_roman)) != Ok(n) end)
  println("round trip failures: ${List.length(failures)}")
  let lengths = Range.map(1..4000, fn n -> to_roman(n) |> Result.unwrap() |> String.length() end)
  let longest = List.max(lengths)
  let first_longest = List.index_of(lengths, longest) |> Option.map(fn i -> i + 1 end)
  println("longest numeral has ${longest} letters, first at ${first_longest}")
  let total = Iter.from(Range.to_list(1..4000))
    |> Iter.map(fn n -> Result.unwrap(to_roman(n)) end)
    |> Iter.filter(fn r -> String.contains(r, "CM") end)
    |> Iter.count()
  println("numerals containing CM: ${total}")
end
