# Plain, mutual and accumulator recursion.

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn factorial(n :: Int) -> Int do
  if n == 0 do
    1
  else
    n * factorial(n - 1)
  end
end

fn gcd(a :: Int, b :: Int) -> Int do
  if b == 0 do
    a
  else
    gcd(b, a % b)
  end
end

fn power(base :: Int, exp :: Int) -> Int do
  if exp == 0 do
    1
  else
    base * power(base, exp - 1)
  end
end

fn is_even(n :: Int) -> Bool do
  if n == 0 do
    true
  else
    is_odd(n - 1)
  end
end

fn is_odd(n :: Int) -> Bool do
  if n == 0 do
    false
  else
    is_even(n - 1)
  end
end

fn sum_to(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    sum_to(n - 1, acc + n)
  end
end

fn main() do
  println("fib(25) = ${fib(25)}")
  println("20! = ${factorial(20)}")
  println("gcd(1071, 462) = ${gcd(1071, 462)}")
  println("2^62 = ${power(2, 62)}")
  println("10 is even: ${is_even(10)}, 7 is even: ${is_even(7)}")
  println("1 + ... + 1000 = ${sum_to(1000, 0)}")
end
