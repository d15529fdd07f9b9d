# expect-error: E0010
# expect-error: E0003
# expect-text: did you mean `Circle`?
# expect-text: `Rect` has 2 fields but the pattern gives 1
# expect-no-text: cannot find
# A wrong constructor pattern still binds its names, so the arm's body does not report them as unknown.

type Shape do
  Circle(Float)
  Rect(Float, Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circl(r) -> r * r
    Rect(w) -> w
  end
end

fn main() do
  println("${area(Circle(1.0))}")
end
