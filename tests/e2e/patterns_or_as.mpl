# Or-patterns (`a | b`, binding the same names in every alternative) and
# as-patterns (`pattern as name`), on their own and combined with guards.

type Color do
  Red
  Orange
  Yellow
  Green
  Blue
  Violet
end deriving(Eq, Display)

type Reading do
  Celsius(Int)
  Fahrenheit(Int)
  Missing
end deriving(Display)

fn warmth(c :: Color) -> String do
  case c do
    Red | Orange | Yellow -> "warm"
    Green | Blue -> "cool"
    Violet -> "in between"
  end
end

fn weekday(n :: Int) -> String do
  case n do
    1 | 2 | 3 | 4 | 5 -> "weekday"
    6 | 7 -> "weekend"
    _ -> "not a day"
  end
end

fn answer(s :: String) -> Bool do
  case s do
    "y" | "yes" | "sure" -> true
    _ -> false
  end
end

fn degrees(r :: Reading) -> String do
  case r do
    Celsius(t) | Fahrenheit(t) when t > 90 -> "hot: ${t}"
    Celsius(t) | Fahrenheit(t) -> "reading ${t}"
    Missing -> "no reading"
  end
end

fn echo(r :: Reading) -> String do
  case r do
    Celsius(0) as freezing -> "freezing point: ${freezing}"
    Celsius(_) as c -> "metric ${c}"
    other -> "other ${other}"
  end
end

fn pair_info(p :: (Int, Color)) -> String do
  case p do
    (0, _) as whole -> "zero count in ${whole}"
    (n, Red | Orange as c) -> "${n} of the reddish ${c}"
    (n, c) -> "${n} of ${c}"
  end
end

fn maybe(o :: Int?) -> String do
  case o do
    Some(1 | 2 | 3) as small -> "small ${small}"
    Some(_) | None -> "something else"
  end
end

fn main() do
  println("${warmth(Red)} ${warmth(Yellow)} ${warmth(Blue)} ${warmth(Violet)}")
  println("${weekday(1)} ${weekday(5)} ${weekday(6)} ${weekday(7)} ${weekday(0)}")
  println("${answer("yes")} ${answer("sure")} ${answer("no")}")
  println(degrees(Celsius(20)))
  println(degrees(Fahrenheit(95)))
  println(degrees(Celsius(100)))
  println(degrees(Missing))
  println(echo(Celsius(0)))
  println(echo(Celsius(30)))
  println(echo(Fahrenheit(30)))
  println(echo(Missing))
  println(pair_info((0, Blue)))
  println(pair_info((2, Orange)))
  println(pair_info((3, Green)))
  println(maybe(Some(2)))
  println(maybe(Some(9)))
  println(maybe(None))
end
