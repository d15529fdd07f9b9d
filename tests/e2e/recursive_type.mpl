# A recursive sum type with derived Eq and Display: the trait checks and the
# generated helpers recurse through the type without looping forever.
type Tree do
  Leaf
  Node(Tree, Int, Tree)
end deriving(Eq, Display)

fn insert(t :: Tree, v :: Int) -> Tree do
  case t do
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) when v < x -> Node(insert(l, v), x, r)
    Node(l, x, r) -> Node(l, x, insert(r, v))
  end
end

fn sum(t :: Tree) -> Int do
  case t do
    Leaf -> 0
    Node(l, x, r) -> sum(l) + x + sum(r)
  end
end

fn main() do
  let t = [5, 3, 8, 1] |> List.reduce(Leaf, fn acc, v -> insert(acc, v) end)
  println("${t}")
  println("${sum(t)} ${t == insert(insert(insert(insert(Leaf, 5), 3), 8), 1)} ${t == Leaf}")
end
