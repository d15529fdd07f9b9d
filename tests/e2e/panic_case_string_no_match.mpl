# A case whose arms are String literals (nested inside Some) needs no
# catch-all; a value no arm matches panics at run time (exit 101) after the
# earlier output has been flushed.

fn code(o :: String?) -> Int do
  case o do
    Some("red") -> 1
    Some("green") -> 2
    None -> 0
  end
end

fn main() do
  println("red is ${code(Some("red"))}")
  println("none is ${code(None)}")
  println("green is ${code(Some("green"))}")
  println("blue is ${code(Some("blue"))}")
  println("not reached")
end
