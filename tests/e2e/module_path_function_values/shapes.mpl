pub module Geometry do
  pub module Vector do
    pub fn scale(x :: Int) -> Int = x * 3
    pub fn add(a :: Int, b :: Int) -> Int = a + b
    pub fn tag<T>(x :: T) -> (String, T) = ("v", x)
    fn hidden(x :: Int) -> Int = x
  end

  pub fn area(w :: Int) -> Int = w * w

  # inside Geometry, the nested module's functions by their shorter path
  pub fn scaled_areas(ws :: List<Int>) -> List<Int> = List.map(List.map(ws, Vector.scale), area)
end

module Secret do
  pub fn code(x :: Int) -> Int = x + 7
end

# a private module is reachable from the module it is written in
pub fn codes(xs :: List<Int>) -> List<Int> = List.map(xs, Secret.code)
