# Int and Float arithmetic, comparisons, boolean operators and unary minus.

fn add(a :: Int, b :: Int) -> Int do
  a + b
end

fn average(a :: Float, b :: Float) -> Float do
  (a + b) / 2.0
end

fn main() do
  let x = 17
  let y = 5
  println("${x + y} ${x - y} ${x * y} ${x / y} ${x % y}")
  # Int division truncates toward zero; % keeps the sign of the dividend.
  println("${-x / y} ${-x % y} ${0 - y}")
  println("${add(40, 2)}")
  let f = 7.5
  let g = 2.0
  println("${f + g} ${f - g} ${f * g} ${f / g}")
  println("${average(1.0, 2.0)} ${-f} ${g * 21.0}")
  println("${x > y} ${x < y} ${x >= 17} ${x <= 16} ${x == 17} ${x != 17}")
  println("${f > g} ${f == 7.5} ${g <= 1.5}")
  let t = true
  let u = false
  println("${t and u} ${t or u} ${not t} ${not (x < y) and t}")
  println("${1 + 2 * 3} ${(1 + 2) * 3} ${10 - 4 - 3} ${100 / 10 / 5}")
  println("${-(3 - 10)} ${-add(1, 1)}")
end
