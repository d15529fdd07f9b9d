# Codegen snapshot: the smallest program.
fn main() do
  println("golden hello")
end
