# The built-ins println, print and panic are function values too: `List.each(lines, println)`.
fn check(ok :: Bool, fail :: Fun(String) -> Int) -> Int do
  if ok do
    1
  else
    fail("check failed")
  end
end

fn main() do
  List.each(["one", "two"], println)
  let say = print
  say("no newline, ")
  ["a", "b"] |> List.map(fn s -> s <> "!" end) |> List.each(println)
  println("${check(true, panic)}")
  println("${check(false, panic)}")
end
