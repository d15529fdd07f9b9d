# expect-error: E0200
# expect-text: parameter types are written with '::', found ':'
# expect-text: write `name :: Type`
# `name: Type`, as other languages write parameters, is one error; the rest of the file still checks.

fn double(n: Int) -> Int = n * 2

fn main() do
  println("${double(2)}")
end
