# A case over Int without a catch-all arm is accepted (exhaustiveness is only
# checked for sum types and Bool) and panics at run time when no arm matches.
# A panic in main prints "Mesh panic at FILE:LINE: MSG" and exits with 101;
# what was printed before it must still reach stdout.

fn roman(n :: Int) -> String do
  case n do
    1 -> "I"
    2 -> "II"
    3 -> "III"
  end
end

fn main() do
  println(roman(2))
  println(roman(4))
  println("not reached")
end
