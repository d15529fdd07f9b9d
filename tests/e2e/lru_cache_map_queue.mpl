# An LRU cache: a Map for values plus a Queue recording use order.
struct Cache do
  capacity :: Int
  entries :: Map<String, Int>
  order :: Queue<String>
  hits :: Int
  misses :: Int
end

fn new_cache(capacity :: Int) -> Cache do
  Cache { capacity: capacity, entries: Map.new(), order: Queue.new(), hits: 0, misses: 0 }
end

# Remove one key from the queue, keeping the order of the rest.
fn remove_from_queue(q :: Queue<String>, key :: String) -> Queue<String> do
  let items = Queue.to_list(q)
  List.reduce(items, Queue.new(), fn acc, k ->
    if k == key do acc else Queue.push(acc, k) end
  end)
end

fn touch(cache :: Cache, key :: String) -> Cache do
  let q = remove_from_queue(cache.order, key)
  %{cache | order: Queue.push(q, key)}
end

fn evict_if_full(cache :: Cache) -> Cache do
  if Map.size(cache.entries) > cache.capacity do
    let (oldest, rest) = Queue.pop(cache.order)
    println("  evict ${oldest}")
    %{cache | entries: Map.delete(cache.entries, oldest), order: rest}
  else
    cache
  end
end

pub fn put(cache :: Cache, key :: String, value :: Int) -> Cache do
  let updated = %{cache | entries: Map.put(cache.entries, key, value)}
  updated |> touch(key) |> evict_if_full()
end

pub fn get(cache :: Cache, key :: String) -> (Option<Int>, Cache) do
  case Map.find(cache.entries, key) do
    Some(v) -> (Some(v), %{touch(cache, key) | hits: cache.hits + 1})
    None -> (None, %{cache | misses: cache.misses + 1})
  end
end

fn show(cache :: Cache) -> String do
  let keys = Queue.to_list(cache.order)
  let parts = keys |> List.map(fn k -> "${k}=${Map.get(cache.entries, k)}" end)
  "[" <> String.join(parts, ", ") <> "]"
end

fn describe(result :: Option<Int>) -> String do
  case result do
    Some(v) -> "hit ${v}"
    None -> "miss"
  end
end

fn main() do
  let c = new_cache(3)
  let c = put(c, "a", 1)
  let c = put(c, "b", 2)
  let c = put(c, "c", 3)
  println("after 3 puts: ${show(c)}")
  let (r, c) = get(c, "a")
  println("get a: ${describe(r)}")
  let c = put(c, "d", 4)
  println("after put d: ${show(c)}")
  let (r, c) = get(c, "b")
  println("get b: ${describe(r)}")
  let c = put(c, "a", 10)
  println("after put a=10: ${show(c)}")
  let lookups = ["a", "c", "d", "zz"]
  let final = List.reduce(lookups, c, fn acc, k ->
    let (res, next) = get(acc, k)
    println("lookup ${k}: ${describe(res)}")
    next
  end)
  println("hits=${final.hits} misses=${final.misses} size=${Map.size(final.entries)}")
  println("cache: ${final.entries}")
  println("queue: ${final.order}")
end
