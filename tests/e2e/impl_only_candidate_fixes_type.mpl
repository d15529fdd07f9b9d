# A generic type whose argument nothing else fixes takes it from the only impl that can apply
# (`impl Container for Stack<Int>`), as Rust's inference does; it used to crash the compiler.
struct Stack<T> do
  items :: List<T>
end

interface Container do
  type Elem
  fn size(self) -> Int
  fn put(self, x :: Self.Elem) -> Self
  fn is_empty(self) -> Bool do
    self.size() == 0
  end
end

impl Container for Stack<Int> do
  type Elem = Int
  fn size(self) -> Int = List.length(self.items)
  fn put(self, x :: Int) -> Stack<Int> = Stack { items: x :: self.items }
end

fn main() do
  println("${Stack { items: [] }.is_empty()}")
  let s = Stack { items: [] }.put(5).put(6)
  println("${s.size()} ${s.items} ${s.is_empty()}")
end
