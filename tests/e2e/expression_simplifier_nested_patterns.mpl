# Symbolic expression simplifier and differentiator.
type Expr do
  Num(Float)
  Var(String)
  Add(Expr, Expr)
  Mul(Expr, Expr)
  Pow(Expr, Int)
  Neg(Expr)
end deriving(Eq)

fn show(e :: Expr) -> String do
  case e do
    Num(n) when n < 0.0 -> "(${n})"
    Num(n) -> "${n}"
    Var(v) -> v
    Add(a, Neg(b)) -> "(${show(a)} - ${show(b)})"
    Add(a, b) -> "(${show(a)} + ${show(b)})"
    Mul(Num(k), Var(v)) -> "${k}${v}"
    Mul(a, b) -> "${show(a)} * ${show(b)}"
    Pow(base, n) -> "${show(base)}^${n}"
    Neg(inner) -> "-${show(inner)}"
  end
end

fn simplify(e :: Expr) -> Expr do
  case e do
    Add(a, b) -> simplify_add(simplify(a), simplify(b))
    Mul(a, b) -> simplify_mul(simplify(a), simplify(b))
    Pow(_, 0) -> Num(1.0)
    Pow(b, 1) -> simplify(b)
    Pow(b, n) -> Pow(simplify(b), n)
    Neg(Neg(x)) -> simplify(x)
    Neg(Num(n)) -> Num(-n)
    Neg(x) -> Neg(simplify(x))
    other -> other
  end
end

fn simplify_add(a :: Expr, b :: Expr) -> Expr do
  case (a, b) do
    (Num(x), Num(y)) -> Num(x + y)
    (Num(0.0), other) | (other, Num(0.0)) -> other
    (x, y) when x == y -> Mul(Num(2.0), x)
    (Mul(Num(k), x), y) when x == y -> Mul(Num(k + 1.0), x)
    _ -> Add(a, b)
  end
end

fn simplify_mul(a :: Expr, b :: Expr) -> Expr do
  case (a, b) do
    (Num(x), Num(y)) -> Num(x * y)
    (Num(0.0), _) | (_, Num(0.0)) -> Num(0.0)
    (Num(1.0), other) | (other, Num(1.0)) -> other
    (x, Num(k)) -> Mul(Num(k), x)
    (Num(k), Mul(Num(j), x)) -> Mul(Num(k * j), x)
    (Pow(x, n), Pow(y, m)) when x == y -> Pow(x, n + m)
    (x, Pow(y, m)) when x == y -> Pow(x, m + 1)
    (x, y) when x == y -> Pow(x, 2)
    _ -> Mul(a, b)
  end
end

fn deriv(e :: Expr, v :: String) -> Expr do
  case e do
    Num(_) -> Num(0.0)
    Var(name) when name == v -> Num(1.0)
    Var(_) -> Num(0.0)
    Add(a, b) -> Add(deriv(a, v), deriv(b, v))
    Mul(a, b) -> Add(Mul(deriv(a, v), b), Mul(a, deriv(b, v)))
    Pow(base, n) -> Mul(Mul(Num(Int.to_float(n)), Pow(base, n - 1)), deriv(base, v))
    Neg(x) -> Neg(deriv(x, v))
  end
end

fn eval(e :: Expr, env :: Map<String, Float>) -> Float do
  case e do
    Num(n) -> n
    Var(name) -> Map.get_or(env, name, 0.0)
    Add(a, b) -> eval(a, env) + eval(b, env)
    Mul(a, b) -> eval(a, env) * eval(b, env)
    Pow(b, n) -> Math.pow(eval(b, env), Int.to_float(n))
    Neg(x) -> -eval(x, env)
  end
end

fn fixpoint(e :: Expr) -> Expr do
  let next = simplify(e)
  if next == e do e else fixpoint(next) end
end

fn main() do
  let x = Var("x")
  let exprs = [
    Add(Mul(Num(3.0), Pow(x, 2)), Add(Mul(Num(2.0), x), Num(1.0))),
    Mul(Add(x, Num(0.0)), Num(1.0)),
    Add(x, x),
    Neg(Neg(Mul(x, x))),
    Add(Mul(Num(0.0), Var("y")), Neg(Num(4.5)))
  ]
  let env = %{"x" => 2.0, "y" => -1.0}
  for e in exprs do
    let s = fixpoint(e)
    let d = fixpoint(deriv(e, "x"))
    println("${show(e)}  =>  ${show(s)}")
    println("  d/dx = ${show(d)}; at x=2: ${eval(s, env)}, slope ${eval(d, env)}")
  end
end
