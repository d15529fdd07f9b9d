# print writes its text as is; println adds exactly one newline.
fn main() do
  print("no newline, ")
  print("still the same line")
  println("")
  println("a line of its own")
  print("a")
  print("b")
  println("c")
  println("")
  print("the last line has no newline")
end
