# Set: add (an existing element is a no-op, order is insertion order), remove, contains,
# size, union, intersection, difference, to_list, from_list (deduplicates), equality, sets
# of strings and of tuples, method syntax.

fn main() do
  let s = Set.new()
  let s = Set.add(s, 1)
  let s = Set.add(s, 2)
  let s = Set.add(s, 1)
  println("${s} ${Set.size(s)} ${Set.contains(s, 2)} ${Set.contains(s, 3)}")
  let s1 = Set.add(Set.add(Set.add(Set.new(), 1), 2), 3)
  let s2 = Set.add(Set.add(Set.new(), 2), 3)
  println("union ${Set.union(s1, Set.from_list([5, 1, 4]))}")
  println("intersection ${Set.intersection(s1, s2)} ${Set.intersection(s2, s1)}")
  println("difference ${Set.difference(s1, s2)} ${Set.difference(s2, s1)}")
  println("to_list ${Set.to_list(s1)} from_list ${Set.from_list([3, 1, 2, 2, 3, 3])}")
  println("remove ${Set.remove(s1, 2)} ${Set.remove(s1, 9)} ${s1}")
  println("equal ${Set.from_list([1, 2]) == Set.from_list([2, 1])} ${s1 == s2}")
  let words = Set.from_list(String.split("the cat saw the dog", " "))
  println("${words} ${words.size()} ${words.contains("cat")}")
  let pairs = Set.from_list([(1, 2), (2, 1), (1, 2)])
  println("${pairs} ${Set.contains(pairs, (2, 1))}")
  println("${Set.new()} ${Set.is_empty(Set.new())} ${set_size(s1)}")
end
