# Vectors and 2x2 matrices with operator overloading.
struct Vec2 do
  x :: Float
  y :: Float
end deriving(Eq, Debug)

struct Mat2 do
  a :: Float
  b :: Float
  c :: Float
  d :: Float
end deriving(Eq)

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x + other.x, y: self.y + other.y }
  end
end

impl Sub for Vec2 do
  type Output = Vec2
  fn sub(self, other :: Vec2) -> Vec2 = Vec2 { x: self.x - other.x, y: self.y - other.y }
end

impl Mul for Vec2 do
  type Output = Vec2
  fn mul(self, other :: Vec2) -> Vec2 = Vec2 { x: self.x * other.x, y: self.y * other.y }
end

impl Neg for Vec2 do
  type Output = Vec2
  fn neg(self) -> Vec2 = Vec2 { x: -self.x, y: -self.y }
end

impl Display for Vec2 do
  fn to_string(self) -> String = "(${self.x}, ${self.y})"
end

impl Mul for Mat2 do
  type Output = Mat2
  fn mul(self, o :: Mat2) -> Mat2 do
    Mat2 {
      a: self.a * o.a + self.b * o.c,
      b: self.a * o.b + self.b * o.d,
      c: self.c * o.a + self.d * o.c,
      d: self.c * o.b + self.d * o.d
    }
  end
end

impl Display for Mat2 do
  fn to_string(self) -> String do
    "[${self.a} ${self.b}; ${self.c} ${self.d}]"
  end
end

interface Norm do
  fn norm(self) -> Float
  fn is_unit(self) -> Bool do
    Float.abs(self.norm() - 1.0) < 0.000001
  end
end

impl Norm for Vec2 do
  fn norm(self) -> Float = Math.sqrt(dot(self, self))
end

fn dot(u :: Vec2, v :: Vec2) -> Float = u.x * v.x + u.y * v.y

fn scale(v :: Vec2, k :: Float) -> Vec2 = Vec2 { x: v.x * k, y: v.y * k }

fn apply(m :: Mat2, v :: Vec2) -> Vec2 do
  Vec2 { x: m.a * v.x + m.b * v.y, y: m.c * v.x + m.d * v.y }
end

fn identity() -> Mat2 = Mat2 { a: 1.0, b: 0.0, c: 0.0, d: 1.0 }

fn power(m :: Mat2, n :: Int) -> Mat2 do
  if n == 0 do
    identity()
  else if n % 2 == 0 do
    let half = power(m, n / 2)
    half * half
  else
    m * power(m, n - 1)
  end
end

fn sum_all<T>(items :: List<T>, zero :: T) -> T where T: Add do
  List.reduce(items, zero, fn acc, v -> acc + v end)
end

fn main() do
  let u = Vec2 { x: 3.0, y: 4.0 }
  let v = Vec2 { x: 1.5, y: -2.0 }
  println("u = ${u}, v = ${v}")
  println("u + v = ${u + v}")
  println("u - v = ${u - v}")
  println("u * v = ${u * v}")
  println("-u = ${-u}")
  println("|u| = ${u.norm()}, unit? ${u.is_unit()}")
  let n = scale(u, 1.0 / u.norm())
  println("normalised = ${n}, unit? ${n.is_unit()}")
  println("u . v = ${dot(u, v)}")
  println("debug: ${inspect(v)}")
  println("equal: ${u == Vec2 { x: 3.0, y: 4.0 }}, ${u == v}")
  let rot = Mat2 { a: 0.0, b: -1.0, c: 1.0, d: 0.0 }
  println("rot = ${rot}")
  println("rot^2 = ${power(rot, 2)}")
  println("rot^4 == I: ${power(rot, 4) == identity()}")
  println("rot * u = ${apply(rot, u)}")
  let fib = Mat2 { a: 1.0, b: 1.0, c: 1.0, d: 0.0 }
  println("fib^30 = ${power(fib, 30)}")
  let total = sum_all([u, v, -u, Vec2 { x: 0.25, y: 0.5 }], Vec2 { x: 0.0, y: 0.0 })
  println("sum = ${total}")
  println("ints = ${sum_all([1, 2, 3, 4], 0)}, floats = ${sum_all([0.1, 0.2], 0.0)}")
  println("big = ${1.0e20 * 3.0}, small = ${1.0 / 3.0}, tiny = ${0.000001}")
  let vs = [u, v] |> List.map(fn w -> w.to_string() end)
  println("list: ${vs}")
  println("pi ~ ${Float.to_precision(Math.pi, 3)}")
end
