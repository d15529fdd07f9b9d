# Functions written as several clauses: literal, constructor and tuple
# parameters, guards, and a tail-recursive accumulator that runs in constant
# stack through the clause match.

type Shape do
  Circle(Float)
  Square(Float)
end

fn fib(0) = 0
fn fib(1) = 1
fn fib(n) = fib(n - 1) + fib(n - 2)

fn describe(0) = "zero"
fn describe(n) when n < 0 = "negative"
fn describe(_) = "positive"

fn area(Circle(r)) = 3.0 * r * r
fn area(Square(s)) = s * s

fn swap((a, b)) = (b, a)

fn sum_to(0, acc) = acc
fn sum_to(n, acc) = sum_to(n - 1, acc + n)

fn main() do
  println("${fib(20)} ${describe(0)} ${describe(-4)} ${describe(7)}")
  println("${area(Circle(1.0))} ${area(Square(3.0))} ${swap((1, "x"))}")
  println("${sum_to(10000000, 0)}")
end
