# Operators on the program's own types through Add/Sub/Mul/Div/Mod/Neg and
# Eq/Ord impls; chains feed Output back in; primitives are unaffected.

struct Vec2 do
  x :: Float
  y :: Float
end

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 = Vec2 { x: self.x + other.x, y: self.y + other.y }
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
  fn neg(self) -> Vec2 = Vec2 { x: 0.0 - self.x, y: 0.0 - self.y }
end

impl Display for Vec2 do
  fn to_string(self) -> String = "(${self.x}, ${self.y})"
end

# Money compares by cents only, whatever the label says.
struct Money do
  cents :: Int
  label :: String
end deriving()

impl Eq for Money do
  fn eq(self, other :: Money) -> Bool = self.cents == other.cents
end

impl Ord for Money do
  fn compare(self, other :: Money) -> Ordering = compare(self.cents, other.cents)
end

impl Mod for Money do
  type Output = Int
  fn mod(self, other :: Money) -> Int = self.cents % other.cents
end

fn sum_all<T>(first :: T, rest :: List<T>) -> T where T: Add do
  List.reduce(rest, first, fn acc, v -> acc + v end)
end

fn main() do
  let a = Vec2 { x: 1.0, y: 2.0 }
  let b = Vec2 { x: 0.5, y: -1.0 }
  println("${a + b}")
  println("${a - b}")
  println("${a * b}")
  println("${-a}")
  println("${a + b + a}")
  println("${sum_all(a, [b, b, b])}")
  println("${sum_all(1, [2, 3])}")
  let five = Money { cents: 500, label: "five" }
  let other = Money { cents: 500, label: "also five" }
  let two = Money { cents: 200, label: "two" }
  println("${five == other} ${five != two} ${two < five} ${five >= other}")
  println("${five % two}")
  case compare(two, five) do
    Less -> println("two is less")
    _ -> println("wrong")
  end
  println("${-7} ${2.5 * 2.0}")
end
