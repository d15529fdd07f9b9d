# panic(message) stops the program from main with status 101 and the message, located at the call;
# its type is whatever the context needs (an Int arm, a String branch).
fn check(n :: Int) -> Int do
  if n < 0 do
    panic("negative: ${n}")
  end
  n * 2
end

fn pick(xs :: List<Int>) -> Int do
  case xs do
    [x] -> x
    _ -> panic("expected one item, got ${List.length(xs)}")
  end
end

fn main() do
  println("${check(4)}")
  println("${pick([7])}")
  let s :: String = if true do "fine" else panic("never") end
  println(s)
  println("${pick([1, 2])}")
  println("not reached")
end
