# Inline `module X do … end` blocks are modules of their own: `X.f(...)` in the
# file around them, `import File.X` (then `X.f`) elsewhere when `pub`.
import Shapes.Geometry
import Shapes

module Text do
  pub fn shout(s :: String) -> String = String.to_upper(s) <> bang()

  # private to Text
  fn bang() -> String = "!"

  pub fn greet(name :: String) -> String = shout(salute() <> ", " <> name)

  # nested: Text.Inner, visible inside Text as Inner
  pub module Inner do
    pub fn twice(s :: String) -> String = s <> s
  end

  pub fn echo(s :: String) -> String = Inner.twice(s)
end

# the code around an inline module is in scope inside it
fn salute() -> String = "hello"

struct Box do
  size :: Int
end

module Boxes do
  pub fn big(b :: Box) -> Bool = b.size > 10

  pub struct Crate do
    boxes :: List<Box>
  end

  pub fn count(c :: Crate) -> Int = List.length(c.boxes)
end

fn main() do
  println(Text.shout("hi"))
  println(Text.greet("ada"))
  println(Text.echo("ab"))
  println(Text.Inner.twice("x"))
  println("${Boxes.big(Box { size: 12 })} ${Boxes.big(Box { size: 2 })}")
  let crate = Boxes.Crate { boxes: [Box { size: 1 }, Box { size: 2 }] }
  println("${Boxes.count(crate)}")
  println("${Geometry.area(Geometry.Rect { w: 2, h: 3 })}")
  println(Shapes.describe())
  println("${Shapes.Geometry.area(Shapes.Geometry.Rect { w: 4, h: 5 })}")
end
