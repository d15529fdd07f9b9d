# The part of the Set module written in Mesh (add, contains, union, intersection, ... are in the
# runtime). Results keep insertion order. `Set.filter(s, f)` and `s.filter(f)` both call these.

# The items for which keep(item) is true.
pub fn filter<T>(s :: Set<T>, keep :: Fun(T) -> Bool) -> Set<T> where T: Eq + Hash do
  Set.from_list(List.filter(Set.to_list(s), keep))
end

# The set of change(item) for every item (items that change into equal values become one).
pub fn map<T, U>(s :: Set<T>, change :: Fun(T) -> U) -> Set<U> where U: Eq + Hash do
  Set.from_list(List.map(Set.to_list(s), change))
end

# True when every item of `a` is in `b`.
pub fn is_subset<T>(a :: Set<T>, b :: Set<T>) -> Bool where T: Eq + Hash do
  List.all(Set.to_list(a), fn item -> Set.contains(b, item) end)
end

# True when `a` and `b` have no item in common.
pub fn is_disjoint<T>(a :: Set<T>, b :: Set<T>) -> Bool where T: Eq + Hash do
  not List.any(Set.to_list(a), fn item -> Set.contains(b, item) end)
end
