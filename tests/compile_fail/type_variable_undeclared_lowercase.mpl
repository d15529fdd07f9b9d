# expect-error: E0004
# expect-error: E0004
# expect-text: type parameters are declared after the name: `fn f<a>(x :: a)`
# Gleam's implicit type variables (`fn first(pair: #(a, b)) -> a`) are declared in Mesh.
fn first(pair :: (a, Int)) -> a do
  let (x, _) = pair
  x
end

fn main() do
  println(first(("x", 1)))
end
