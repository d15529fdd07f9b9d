# expect-error: E0009
# expect-error: E0004
# expect-error: E0003
# expect-error: E0001
# expect-error: E0012
# expect-error: E0004
# expect-text: did you mean `name`?
# expect-text: did you mean `List.length`?
# expect-text: missing `Blue`
# expect-text: did you mean `greet`?
# Independent mistakes in different functions are all reported, once each, in source order.

struct User do
  name :: String
end

type Color do
  Red
  Green
  Blue
end

fn greet(u :: User) -> String = "hi " <> u.nam

fn count(xs :: List<Int>) -> Int = List.lenght(xs)

fn add(a :: Int, b :: Int) -> Int = a + b

fn label(c :: Color) -> String do
  let sum = add(1)
  let flag :: Bool = "yes"
  case c do
    Red -> "red"
    Green -> "green"
  end
end

fn main() do
  let u = User { name: "a" }
  println(gret(u))
  println("${count([1])} ${label(Red)}")
end
