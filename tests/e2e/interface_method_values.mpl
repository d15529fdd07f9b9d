# An interface method named without a call is a function value, as a module function is:
# `List.sort(xs, compare)` (Gleam's `list.sort(xs, int.compare)`), `List.map(xs, to_string)`,
# a user interface's method. Self is decided where the value is used; a polymorphic `let` of one
# works at several types.
struct Version do
  major :: Int
  minor :: Int
end deriving(Eq, Ord, Display, Debug)

interface Area do
  fn area(self) -> Float
end

struct Square do
  side :: Float
end

struct Circle do
  radius :: Float
end

impl Area for Square do
  fn area(self) -> Float = self.side * self.side
end

impl Area for Circle do
  fn area(self) -> Float = 3.0 * self.radius * self.radius
end

fn main() do
  println("${List.sort([3, 1, 2], compare)} ${List.sort(["pear", "fig", "apple"], compare)}")
  let versions = [Version { major: 2, minor: 0 }, Version { major: 1, minor: 10 }, Version { major: 1, minor: 2 }]
  println("${List.sort(versions, compare)}")
  println("${List.map([1, 2], to_string)} ${List.map(["a", "b"], inspect)} ${List.map(versions, inspect) |> List.first()}")
  println("${List.map([Square { side: 2.0 }], area)} ${List.map([Circle { radius: 1.0 }], area)}")
  let order = compare
  println("${order(1, 2)} ${order("b", "a")} ${order(2.5, 2.5)}")
  let h = hash
  println("${h(42) == hash(42)} ${h("x") == hash("x")}")
  println("${versions |> List.map(to_string) |> String.join(" < ")}")
end
