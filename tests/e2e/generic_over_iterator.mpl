# Functions generic over any Iterator or Iterable name the item type as `I.Item`.

struct Countdown do
  n :: Int
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> Option<(Int, Countdown)> do
    if self.n <= 0 do
      None
    else
      Some((self.n, Countdown { n: self.n - 1 }))
    end
  end
end

struct Words do
  all :: List<String>
end

impl Iterable for Words do
  type Item = String
  type Iter = Iter<String>
  fn iter(self) -> Iter<String> = Iter.from(self.all)
end

# An Iterable whose Iter is the user iterator above.
struct Launch do
  from :: Int
end

impl Iterable for Launch do
  type Item = Int
  type Iter = Countdown
  fn iter(self) -> Countdown = Countdown { n: self.from }
end

# Recursion through next: the item type stays abstract.
fn first_item<I>(it :: I) -> Option<I.Item> where I: Iterator do
  case it.next() do
    Some((x, _)) -> Some(x)
    None -> None
  end
end

fn total<I>(it :: I) -> Int where I: Iterator do
  case it.next() do
    Some((x, rest)) -> x + total(rest)
    None -> 0
  end
end

fn count_items<I>(it :: I) -> Int where I: Iterator do
  List.length(for _ in it do 1 end)
end

fn collect_all<I>(it :: I) -> List<I.Item> where I: Iterator do
  for x in it do
    x
  end
end

fn show_all<I>(source :: I) -> String where I: Iterable do
  String.join(for x in source do "[${x}]" end, "")
end

fn twice<I>(it :: I) -> Int where I: Iterator = total(it) * 2

# `I.Item` in a parameter and the result: the caller's item type flows through.
fn pick<I>(it :: I, fallback :: I.Item) -> I.Item where I: Iterator do
  case it.next() do
    Some((x, _)) -> x
    None -> fallback
  end
end

# A generic impl bounded by Iterable walks its field, directly and through show_all.
struct Shelf<T> do
  items :: T
end

interface Summary do
  fn summary(self) -> String
end

impl Summary for Shelf<T> where T: Iterable do
  fn summary(self) -> String = String.join(for x in self.items do "${x}" end, "+") <> " " <> show_all(self.items)
end

fn main() do
  println("${total(Iter.from([1, 2, 3]))}")
  println("${total(Countdown { n: 4 })}")
  println("${count_items(Iter.from(["a", "b"]))}")
  println("${collect_all(Countdown { n: 3 })}")
  println("${collect_all(Iter.from(["x", "y"]))}")
  println("${first_item(Countdown { n: 7 })}")
  println("${first_item(Iter.from(["only"]))}")
  println(show_all(Words { all: ["a", "b"] }))
  println(show_all(Launch { from: 3 }))
  println("${twice(Countdown { n: 3 })}")
  println(pick(Iter.from(["a"]), "none"))
  println(pick(Iter.empty(), "none"))
  println("${pick(Countdown { n: 0 }, -1)}")
  println(Shelf { items: Words { all: ["p", "q"] } }.summary())
  println(Shelf { items: Launch { from: 2 } }.summary())
end
