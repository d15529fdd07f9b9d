# expect-error: E0010
# expect-text: Purple
# A qualified constructor pattern naming a variant the type does not have.

type Color do
  Red
  Green
end

fn code(c :: Color) -> Int do
  case c do
    Color.Red -> 1
    Color.Purple -> 2
    _ -> 0
  end
end

fn main() do
  println("${code(Red)}")
end
