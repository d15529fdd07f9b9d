# Associated types: each impl says what `Self.Item` is, and callers get that
# type back (a String from one impl, an Int from another).

interface Container do
  type Item
  fn first(self) -> Self.Item
  fn size(self) -> Int
end

struct Names do
  all :: List<String>
end

struct Scores do
  all :: List<Int>
end

impl Container for Names do
  type Item = String
  fn first(self) -> String = List.head(self.all)
  fn size(self) -> Int = List.length(self.all)
end

impl Container for Scores do
  type Item = Int
  fn first(self) -> Int = List.head(self.all)
  fn size(self) -> Int = List.length(self.all)
end

fn main() do
  let names = Names { all: ["ada", "grace"] }
  let scores = Scores { all: [90, 75, 60] }
  println(String.to_upper(names.first()))
  println("${scores.first() + 10}")
  println("${names.size() + scores.size()}")
end
