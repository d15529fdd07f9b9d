# Map inserts and lookups: 200,000 Map.put of pseudo-random Int keys (a fixed quadratic hash of
# the index; some repeat, so some puts overwrite), then 400,000 Map.get_or, half of them for keys
# that were put. Prints the size and checksums, which bench/c/map.c must reproduce exactly.

fn key(i :: Int) -> Int do
  (i * i * 31 + i * 7919 + 12345) % 1000003
end

fn fill(m :: Map<Int, Int>, i :: Int, n :: Int) -> Map<Int, Int> do
  if i == n do
    m
  else
    fill(Map.put(m, key(i), i), i + 1, n)
  end
end

fn probe(m :: Map<Int, Int>, i :: Int, n :: Int, found :: Int, sum :: Int) -> (Int, Int) do
  if i == n do
    (found, sum)
  else
    let k = if i % 2 == 0 do key(i / 2) else key(i + 5000000) end
    let v = Map.get_or(m, k, -1)
    if v >= 0 do
      probe(m, i + 1, n, found + 1, sum + v * (i % 1000 + 1))
    else
      probe(m, i + 1, n, found, sum)
    end
  end
end

fn main() do
  let n = 200000
  let m = fill(Map.new(), 0, n)
  let (found, sum) = probe(m, 0, 2 * n, 0, 0)
  println("size=${Map.size(m)} found=${found} checksum=${sum}")
end
