# expect-error: E0031
# expect-text: module `Main` imports itself
# A module importing itself (upstream: the build fails with an import cycle).
import Main

fn main() do
  println("hi")
end
