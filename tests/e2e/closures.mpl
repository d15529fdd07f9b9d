# Closure forms, captures by value, closures returning closures, named
# functions as values and Fun(...) annotations.

fn double(x :: Int) -> Int do
  x * 2
end

fn apply_twice(f :: Fun(Int) -> Int, x :: Int) -> Int do
  f(f(x))
end

fn compose(f :: Fun(Int) -> Int, g :: Fun(Int) -> Int) -> Fun(Int) -> Int do
  fn x -> g(f(x)) end
end

fn adder(n :: Int) -> Fun(Int) -> Int do
  fn x -> x + n end
end

fn make_greeter(greeting :: String) do
  let punct = "!"
  fn(name) do
    let text = "${greeting}, ${name}${punct}"
    String.length(text)
    text
  end
end

fn counter_from(start :: Int) -> Fun() -> Int do
  fn -> start + 1 end
end

fn main() do
  let inc = fn x -> x + 1 end
  let square = fn(x :: Int) -> x * x end
  let add = fn x, y -> x + y end
  let noisy = fn(x) do
    let y = x * 10
    y + 1
  end
  let answer = fn do
    let a = 40
    a + 2
  end
  let nothing = fn -> "no args" end
  println("inc ${inc(1)} square ${square(7)} add ${add(3, 4)} noisy ${noisy(5)} answer ${answer()} ${nothing()}")

  let sign = fn
    0 -> "zero"
    | n when n < 0 -> "neg"
    | _ -> "pos"
  end
  println("sign ${sign(0)} ${sign(-5)} ${sign(12)}")
  let opt_text = fn Some(0) -> "some zero" | Some(n) when n > 99 -> "big ${n}" | Some(n) -> "some ${n}" | None -> "none" end
  println("options ${opt_text(Some(0))} ${opt_text(Some(100))} ${opt_text(Some(7))} ${opt_text(None)}")
  let both_zero = fn 0, 0 -> true | _, _ -> false end
  println("two params ${both_zero(0, 0)} ${both_zero(0, 1)}")

  let base = 100
  let add_base = fn x -> x + base end
  let base = 5
  println("captured base stays 100: ${add_base(1)}, shadowing base is ${base}")

  let plus10 = adder(10)
  let plus3 = adder(3)
  println("adders ${plus10(1)} ${plus3(1)} ${adder(-1)(1)}")
  println("apply_twice ${apply_twice(plus10, 0)} ${apply_twice(double, 3)} ${apply_twice(fn x -> x - 1 end, 0)}")
  let both = compose(double, plus3)
  println("compose ${both(5)} ${compose(plus3, double)(5)}")
  let hello = make_greeter("Hello")
  println(hello("Ada"))
  println(make_greeter("Hi")("Bob"))
  let next = counter_from(41)
  println("counter ${next()} ${next()}")

  let f :: Fun(Int) -> Int = double
  println("named function as value ${f(21)}")
  let fs = [inc, square, double, plus10]
  println("list of functions: ${List.map(fs, fn g -> g(3) end)}")
  let table = [("inc", inc), ("sq", square)]
  println(describe(table, 4))
end

fn describe(table :: List<(String, Fun(Int) -> Int)>, x :: Int) -> String do
  case table do
    (name, g) :: rest -> "${name}(${x})=${g(x)} " <> describe(rest, x)
    _ -> "end"
  end
end
