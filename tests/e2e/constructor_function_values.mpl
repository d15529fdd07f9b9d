# A variant with fields is a function of its fields when it is not called, as in Gleam and
# OCaml: `List.map(xs, Some)`, `let wrap = Ok`, qualified (`Shape.Rect`) or bare, generic types
# instantiated at each use, and a polymorphic `let` of a constructor used at several types.
type Shape do
  Circle(Float)
  Rect(Float, Float)
end deriving(Display)

type Pair<A, B> do
  Pair(A, B)
end deriving(Display)

fn apply2<A, B, C>(f :: Fun(A, B) -> C, a :: A, b :: B) -> C = f(a, b)

fn main() do
  println("${List.map([1, 2], Some)}")
  println("${List.map([1.5, 2.0], Circle)}")
  println("${apply2(Shape.Rect, 2.0, 3.0)}")
  let wrap = Some
  println("${wrap(1)} ${wrap("one")}")
  let fail = Err
  let results :: List<Result<Int, String>> = [Ok(1), fail("bad")]
  println("${results}")
  println("${apply2(Pair, 1, "x")} ${apply2(Pair, true, 2.5)}")
  let shapes = List.zip([1.0, 2.0], [3.0, 4.0]) |> List.map(fn ((w, h)) -> Rect(w, h) end)
  println("${shapes}")
  println("${List.map(["a"], Ok) |> List.length()}")
end
