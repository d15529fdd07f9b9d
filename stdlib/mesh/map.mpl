# The part of the Map module written in Mesh (new, put, get, keys, values, merge, ... are in the
# runtime). Results keep the map's insertion order. `Map.filter(m, f)` and `m.filter(f)` both call these.

# The entries for which keep(key, value) is true.
pub fn filter<K, V>(m :: Map<K, V>, keep :: Fun(K, V) -> Bool) -> Map<K, V> where K: Eq + Hash do
  List.reduce(Map.to_list(m), %{}, fn kept, entry -> keep_entry(kept, entry, keep) end)
end

fn keep_entry<K, V>(kept :: Map<K, V>, entry :: (K, V), keep :: Fun(K, V) -> Bool) -> Map<K, V> where K: Eq + Hash do
  case entry do
    (k, v) -> if keep(k, v) do Map.put(kept, k, v) else kept end
  end
end

# Every value replaced by change(key, value), the keys and their order unchanged.
pub fn map_values<K, V, W>(m :: Map<K, V>, change :: Fun(K, V) -> W) -> Map<K, W> where K: Eq + Hash do
  List.reduce(Map.to_list(m), %{}, fn changed, entry -> change_entry(changed, entry, change) end)
end

fn change_entry<K, V, W>(changed :: Map<K, W>, entry :: (K, V), change :: Fun(K, V) -> W) -> Map<K, W> where K: Eq + Hash do
  case entry do
    (k, v) -> Map.put(changed, k, change(k, v))
  end
end

# The value of key replaced by change(value), or key added with `initial` when it is missing
# (`initial` is not passed to change), as Elixir's Map.update.
pub fn update<K, V>(m :: Map<K, V>, key :: K, initial :: V, change :: Fun(V) -> V) -> Map<K, V> where K: Eq + Hash do
  case Map.find(m, key) do
    Some(v) -> Map.put(m, key, change(v))
    None -> Map.put(m, key, initial)
  end
end

# The entries folded into one value in insertion order: step(acc, key, value) for each.
pub fn reduce<K, V, A>(m :: Map<K, V>, initial :: A, step :: Fun(A, K, V) -> A) -> A do
  List.reduce(Map.to_list(m), initial, fn acc, entry -> step_entry(acc, entry, step) end)
end

fn step_entry<K, V, A>(acc :: A, entry :: (K, V), step :: Fun(A, K, V) -> A) -> A do
  case entry do
    (k, v) -> step(acc, k, v)
  end
end

# Only the entries whose keys are in the list (keys that are missing are skipped), in the list's order.
pub fn take<K, V>(m :: Map<K, V>, keys :: List<K>) -> Map<K, V> where K: Eq + Hash do
  List.reduce(keys, %{}, fn taken, k -> take_key(m, taken, k) end)
end

fn take_key<K, V>(m :: Map<K, V>, taken :: Map<K, V>, k :: K) -> Map<K, V> where K: Eq + Hash do
  case Map.find(m, k) do
    Some(v) -> Map.put(taken, k, v)
    None -> taken
  end
end

# The map without the entries whose keys are in the list.
pub fn drop<K, V>(m :: Map<K, V>, keys :: List<K>) -> Map<K, V> where K: Eq + Hash do
  List.reduce(keys, m, fn rest, k -> Map.delete(rest, k) end)
end
