# expect-error: E0010
# expect-text: Purple
# An unknown variant in a pattern is reported once; the arms after it are not
# reported as unreachable.

type Color do
  Red
  Green
end

fn code(c :: Color) -> Int do
  case c do
    Red -> 1
    Purple -> 2
    Green -> 3
  end
end

fn main() do
  println("${code(Red)}")
end
