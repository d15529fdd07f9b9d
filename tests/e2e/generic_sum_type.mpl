# A user-defined generic sum type, instantiated at several element types,
# with a recursive-style generic helper and derived Display/Eq.

type Either<L, R> do
  Left(L)
  Right(R)
end deriving(Eq, Display)

type Tree<T> do
  Leaf
  Node(value :: T, weight :: Int)
end deriving(Eq, Display)

fn from_int(n :: Int) -> Either<String, Int> do
  if n < 0 do
    Left("negative")
  else
    Right(n * 10)
  end
end

fn flip<L, R>(e :: Either<L, R>) -> Either<R, L> do
  case e do
    Left(l) -> Right(l)
    Right(r) -> Left(r)
  end
end

fn weight<T>(t :: Tree<T>) -> Int do
  case t do
    Leaf -> 0
    Node(_, w) -> w
  end
end

fn main() do
  let a = from_int(4)
  let b = from_int(-4)
  println("${a} ${b}")
  println("flipped: ${flip(a)} ${flip(b)}")
  println("twice: ${flip(flip(a))}")
  let words :: Either<String, Bool> = Right(true)
  println("words: ${words}")
  let t1 = Node("root", 5)
  let t2 :: Tree<Float> = Leaf
  let t3 = Tree.Node(1.5, 2)
  println("trees: ${t1} ${t2} ${t3}")
  println("weights: ${weight(t1)} ${weight(t2)} ${weight(t3)}")
  println("eq: ${a == Right(40)} ${flip(b) == Right("negative")} ${t1 == Node("root", 6)}")
end
