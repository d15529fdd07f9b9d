# expect-error: E0010
# expect-text: no variant `Purple`
# A qualified constructor naming a variant the type does not have.

type Color do
  Red
  Green
end deriving(Display)

fn main() do
  let c = Color.Purple
  println("${c}")
end
