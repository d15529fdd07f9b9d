# Smallest useful program: print one line and exit with status 0.
fn main() do
  println("hello, mesh")
end
