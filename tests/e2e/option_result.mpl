# Built-in Option (`T?`, Some/None) and Result (`T!E`, Ok/Err): returning,
# matching, nesting and displaying them.

fn safe_div(a :: Int, b :: Int) -> Int!String do
  if b == 0 do
    Err("division by zero")
  else
    Ok(a / b)
  end
end

fn find_digit(s :: String) -> Int? do
  case s do
    "zero" -> Some(0)
    "one" -> Some(1)
    "two" -> Some(2)
    _ -> None
  end
end

fn or_default(o :: Int?, d :: Int) -> Int do
  case o do
    Some(v) -> v
    None -> d
  end
end

fn describe(r :: Int!String) -> String do
  case r do
    Ok(0) -> "exactly zero"
    Ok(n) when n < 0 -> "negative ${n}"
    Ok(n) -> "ok ${n}"
    Err(msg) -> "failed: ${msg}"
  end
end

fn add_digits(a :: String, b :: String) -> Int? do
  case (find_digit(a), find_digit(b)) do
    (Some(x), Some(y)) -> Some(x + y)
    _ -> None
  end
end

fn parse_then_div(a :: String, b :: String) -> (Int!String)? do
  case find_digit(b) do
    Some(d) -> Some(safe_div(or_default(find_digit(a), 0), d))
    None -> None
  end
end

fn main() do
  println(describe(safe_div(10, 3)))
  println(describe(safe_div(-9, 3)))
  println(describe(safe_div(0, 5)))
  println(describe(safe_div(1, 0)))
  println("display: ${safe_div(7, 7)} ${safe_div(7, 0)} ${find_digit("two")} ${find_digit("ten")}")
  println("defaults: ${or_default(find_digit("one"), 99)} ${or_default(find_digit("nine"), 99)}")
  println("sums: ${add_digits("one", "two")} ${add_digits("one", "six")}")
  println("nested: ${parse_then_div("two", "one")} ${parse_then_div("two", "zero")} ${parse_then_div("two", "x")}")
  let annotated :: String? = Some("text")
  let nothing :: Float? = None
  println("annotated: ${annotated} ${nothing}")
  let bad :: Int!String = Err("boom")
  println("err: ${bad}")
  println("eq: ${Some(1) == Some(1)} ${find_digit("x") == None} ${safe_div(4, 2) == Ok(2)} ${bad == Err("boom")}")
end
