# Tuple.first/second/nth/size on tuples of any size; nth with a computed index on a tuple
# whose elements share a type.

fn main() do
  let pair = (1, "one")
  println("${Tuple.first(pair)} ${Tuple.second(pair)} ${Tuple.size(pair)}")
  let triple = ("a", 2, 3.5)
  println("${Tuple.first(triple)} ${Tuple.second(triple)} ${Tuple.nth(triple, 2)} ${Tuple.size(triple)}")
  println("${triple.first()} ${triple.nth(1)} ${tuple_second(triple)}")
  let same = (10, 20, 30, 40)
  let picked = for i in 0..4 do
    Tuple.nth(same, i)
  end
  println("${picked}")
  let sum = List.map([(1, 2), (3, 4)], fn p -> Tuple.first(p) + Tuple.second(p) end)
  println("${sum}")
end
