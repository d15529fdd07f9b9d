# A pipe feeds its left side to any function value on its right: a nested module's function by
# its path, a struct field holding a closure, a constructor, a closure literal.
module Geometry do
  pub module Vector do
    pub fn scale(x :: Int) -> Int = x * 3
  end
end

type Shape do
  Circle(Float)
end deriving(Display)

struct Handler do
  run :: Fun(Int) -> Int
end

fn main() do
  let h = Handler { run: fn x -> x + 100 end }
  println("${2 |> Geometry.Vector.scale}")
  println("${2 |> Geometry.Vector.scale() |> h.run}")
  println("${2.5 |> Shape.Circle}")
  println("${2 |> (fn x -> x * x end)}")
  println("${7 |> Some}")
end
