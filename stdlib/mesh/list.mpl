# The part of the List module written in Mesh (the rest — new, length, get, map, filter, reduce,
# sort, ... — is in the runtime). These are the functions an Elixir or Gleam programmer reaches
# for that upstream Mesh lacks; `List.sum(xs)` and `xs.sum()` both call them, and a program
# only carries the ones it uses.

# ---- aggregates ----

# The sum of a list of Ints (0 for an empty list).
pub fn sum(items :: List<Int>) -> Int = List.reduce(items, 0, fn total, item -> total + item end)

# The sum of a list of Floats (0.0 for an empty list).
pub fn sum_float(items :: List<Float>) -> Float = List.reduce(items, 0.0, fn total, item -> total + item end)

# The largest item; panics on an empty list, as List.head does.
pub fn max<T>(items :: List<T>) -> T where T: Ord do
  if List.length(items) == 0 do
    panic("List.max: the list is empty")
  end
  List.reduce(items, List.head(items), fn best, item -> if item > best do item else best end end)
end

# The smallest item; panics on an empty list.
pub fn min<T>(items :: List<T>) -> T where T: Ord do
  if List.length(items) == 0 do
    panic("List.min: the list is empty")
  end
  List.reduce(items, List.head(items), fn best, item -> if item < best do item else best end end)
end

# How many items satisfy the predicate.
pub fn count<T>(items :: List<T>, keep :: Fun(T) -> Bool) -> Int do
  List.reduce(items, 0, fn n, item -> if keep(item) do n + 1 else n end end)
end

# ---- searching ----

# The first item, or None for an empty list (List.head panics instead), as String.first and Gleam's list.first.
pub fn first<T>(items :: List<T>) -> Option<T> = at(items, 0)

# The item at `index`, or None when there is none; a negative index counts from the end (-1 is
# the last item), as String.at and Elixir's Enum.at. List.get panics instead.
pub fn at<T>(items :: List<T>, index :: Int) -> Option<T> do
  let n = List.length(items)
  let i = if index < 0 do n + index else index end
  if i < 0 or i >= n do None else Some(List.get(items, i)) end
end

# The position of the first item equal to `wanted`, or None.
pub fn index_of<T>(items :: List<T>, wanted :: T) -> Option<Int> where T: Eq = index_from(items, wanted, 0)

fn index_from<T>(items :: List<T>, wanted :: T, i :: Int) -> Option<Int> where T: Eq do
  if i >= List.length(items) do
    None
  else if List.get(items, i) == wanted do
    Some(i)
  else
    index_from(items, wanted, i + 1)
  end
end

# ---- reordering and selecting ----

# Sorted by a key computed once per item (stable: equal keys keep their order).
pub fn sort_by<T, K>(items :: List<T>, key :: Fun(T) -> K) -> List<T> where K: Ord do
  let keyed = List.map(List.enumerate(items), fn pair -> (key(Tuple.second(pair)), Tuple.first(pair), Tuple.second(pair)) end)
  let sorted = List.sort(keyed, fn a, b -> compare_keyed(a, b) end)
  List.map(sorted, fn entry -> third(entry) end)
end

fn compare_keyed<K, T>(a :: (K, Int, T), b :: (K, Int, T)) -> Int where K: Ord do
  case (a, b) do
    ((ka, ia, _), (kb, ib, _)) ->
      if ka < kb do
        -1
      else if kb < ka do
        1
      else
        ia - ib
      end
  end
end

fn third<A, B, C>(t :: (A, B, C)) -> C do
  case t do
    (_, _, c) -> c
  end
end

# The items without repeats, first occurrences kept in order.
pub fn uniq<T>(items :: List<T>) -> List<T> where T: Eq do
  List.reduce(items, [], fn kept, item -> if List.contains(kept, item) do kept else List.append(kept, item) end end)
end

# The leading items that satisfy the predicate.
pub fn take_while<T>(items :: List<T>, keep :: Fun(T) -> Bool) -> List<T> = List.take(items, prefix_length(items, keep, 0))

# Everything after the leading items that satisfy the predicate.
pub fn drop_while<T>(items :: List<T>, keep :: Fun(T) -> Bool) -> List<T> = List.drop(items, prefix_length(items, keep, 0))

fn prefix_length<T>(items :: List<T>, keep :: Fun(T) -> Bool, i :: Int) -> Int do
  if i < List.length(items) and keep(List.get(items, i)) do
    prefix_length(items, keep, i + 1)
  else
    i
  end
end

# The items that satisfy the predicate and the rest, each in order.
pub fn partition<T>(items :: List<T>, keep :: Fun(T) -> Bool) -> (List<T>, List<T>) do
  (List.filter(items, keep), List.filter(items, fn item -> not keep(item) end))
end

# Consecutive groups of `size` items (the last may be shorter); size must be positive.
pub fn chunk<T>(items :: List<T>, size :: Int) -> List<List<T>> do
  if size <= 0 do
    panic("List.chunk: the size must be positive, got ${size}")
  end
  for start in 0..((List.length(items) + size - 1) / size) do
    List.take(List.drop(items, start * size), size)
  end
end

# Items grouped by a key, in order of each key's first appearance; each group keeps item order.
pub fn group_by<T, K>(items :: List<T>, key :: Fun(T) -> K) -> Map<K, List<T>> where K: Eq + Hash do
  List.reduce(items, %{}, fn groups, item -> add_to_group(groups, key(item), item) end)
end

fn add_to_group<T, K>(groups :: Map<K, List<T>>, k :: K, item :: T) -> Map<K, List<T>> where K: Eq + Hash do
  if Map.has_key(groups, k) do
    Map.put(groups, k, List.append(Map.get(groups, k), item))
  else
    Map.put(groups, k, [item])
  end
end
