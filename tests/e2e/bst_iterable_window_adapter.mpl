# A binary search tree with in-order iteration, folds and a Mesh-written iterator adapter.
type Tree<T> do
  Leaf
  Node(Tree<T>, T, Tree<T>)
end

fn insert<T>(t :: Tree<T>, x :: T) -> Tree<T> where T: Ord do
  case t do
    Leaf -> Node(Leaf, x, Leaf)
    Node(l, v, r) when x < v -> Node(insert(l, x), v, r)
    Node(l, v, r) when x > v -> Node(l, v, insert(r, x))
    same -> same
  end
end

fn to_list<T>(t :: Tree<T>) -> List<T> do
  case t do
    Leaf -> []
    Node(l, v, r) -> to_list(l) ++ [v] ++ to_list(r)
  end
end

fn depth<T>(t :: Tree<T>) -> Int do
  case t do
    Leaf -> 0
    Node(l, _, r) -> 1 + Math.max(depth(l), depth(r))
  end
end

fn contains<T>(t :: Tree<T>, x :: T) -> Bool where T: Ord do
  case t do
    Leaf -> false
    Node(l, v, r) -> if x == v do true else if x < v do contains(l, x) else contains(r, x) end
  end
end

struct Sorted<T> do
  tree :: Tree<T>
end

impl Iterable for Sorted<T> do
  type Item = T
  type Iter = ListIterator
  fn iter(self) -> ListIterator = Iter.from(to_list(self.tree))
end

struct Windows<I> do
  inner :: I
  prev :: Option<Int>
end

impl Iterator for Windows<I> where I: Iterator do
  type Item = (Int, Int)
  fn next(self) -> Option<((Int, Int), Windows<I>)> do
    case self.inner.next() do
      None -> None
      Some((x, rest)) -> case self.prev do
        None -> case rest.next() do
          None -> None
          Some((y, rest2)) -> Some(((x, y), Windows { inner: rest2, prev: Some(y) }))
        end
        Some(p) -> Some(((p, x), Windows { inner: rest, prev: Some(x) }))
      end
    end
  end
end

fn main() do
  let t = List.reduce([50, 30, 70, 20, 40, 60, 80, 30, 65], Leaf, fn acc, x -> insert(acc, x) end)
  println("sorted: ${to_list(t)}, depth ${depth(t)}")
  println("has 40: ${contains(t, 40)}, has 45: ${contains(t, 45)}")
  let words = List.reduce(["pear", "apple", "fig", "kiwi"], Leaf, insert)
  for w in Sorted { tree: words } do
    println("word ${w}")
  end
  let gaps = for (a, b) in Windows { inner: Iter.from(to_list(t)), prev: None } do
    b - a
  end
  println("gaps: ${gaps}")
  let evens = for x in Sorted { tree: t } when x % 20 == 0 do x / 10 end
  println("evens: ${evens}")
end
