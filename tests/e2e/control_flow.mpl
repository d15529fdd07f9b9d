# if/else (also as an expression and in chains) and case over Int, String and Bool.

fn sign(n :: Int) -> String do
  if n < 0 do
    "negative"
  else if n == 0 do
    "zero"
  else
    "positive"
  end
end

fn day_name(d :: Int) -> String do
  case d do
    1 -> "Monday"
    2 -> "Tuesday"
    6 -> "Saturday"
    _ -> "some other day"
  end
end

fn answer(word :: String) -> String do
  case word do
    "ping" -> "pong"
    "hello" -> "hi there"
    _ -> "pardon?"
  end
end

fn yes_no(b :: Bool) -> String do
  case b do
    true -> "yes"
    false -> "no"
  end
end

fn size(n :: Int) -> String do
  case n > 100 do
    true -> "big"
    _ -> "small"
  end
end

fn count(n :: Int) -> String do
  case n do
    0 -> "none"
    1 -> "one"
    many -> "${many} of them"
  end
end

fn main() do
  println("${sign(-5)} ${sign(0)} ${sign(12)}")
  println("${day_name(1)}, ${day_name(6)}, ${day_name(4)}")
  println(answer("ping") <> " / " <> answer("hello") <> " / " <> answer("bye"))
  println("${yes_no(true)} ${yes_no(false)} ${yes_no(3 == 4)}")
  println("${size(1000)} ${size(7)}")
  println("${count(0)}, ${count(1)}, ${count(5)}")
  let label = if 3 > 2 do
    "if is an expression"
  else
    "unreachable"
  end
  println(label)
  if label == "if is an expression" do
    println("an if without else runs for its effect")
  end
  if false do
    println("not printed")
  end
  println("done")
end
