# A type implementing Iterable can be walked by `for`, which collects the body's values.
# Written as in the reference: `type Iter = ListIterator` and `iter` returning `Iter.from(...)`.

struct EvenNumbers do
  items :: List<Int>
end

impl Iterable for EvenNumbers do
  type Item = Int
  type Iter = ListIterator
  fn iter(self) -> ListIterator do
    Iter.from(self.items)
  end
end

# An Iterable whose iterator is built lazily from pieces, with the item type spelled out.
struct Deck do
  suits :: List<String>
  ranks :: List<String>
end

impl Iterable for Deck do
  type Item = String
  type Iter = Iter<String>
  fn iter(self) -> Iter<String> do
    Iter.from(self.suits)
      |> Iter.zip(Iter.from(self.ranks))
      |> Iter.map(fn {suit, rank} -> "${rank} of ${suit}" end)
  end
end

fn make_evens() -> EvenNumbers do
  EvenNumbers { items: [2, 4, 6, 8, 10] }
end

fn main() do
  let evens = make_evens()
  let doubled = for x in evens do
    x * 2
  end
  println(doubled.to_string())

  for x in evens when x > 4 do
    println(x.to_string())
  end

  let deck = Deck { suits: ["hearts", "spades"], ranks: ["ace", "king", "queen"] }
  for card in deck do
    println(card)
  end
  # the value is not used up: walking it again gives the same items
  println("${List.length(for card in deck do card end)}")
end
