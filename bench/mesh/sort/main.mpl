# Sorting: 1,000,000 pseudo-random Ints (a fixed quadratic hash of the index) sorted with
# List.sort and an explicit comparison closure; prints the length, the extremes, the median and
# a position-weighted checksum, which bench/c/sort.c (qsort) must reproduce exactly.

fn value(i :: Int) -> Int do
  (i * i * 31 + i * 7919 + 12345) % 1000003
end

fn checksum(xs :: List<Int>, k :: Int, n :: Int, acc :: Int) -> Int do
  if k == n do
    acc
  else
    checksum(xs, k + 1, n, acc + List.get(xs, k) * (k + 1))
  end
end

fn main() do
  let n = 1000000
  let xs = for i in 0..n do value(i) end
  let sorted = List.sort(xs, fn(a, b) -> a - b end)
  println("n=${List.length(sorted)} min=${List.get(sorted, 0)} median=${List.get(sorted, n / 2)} max=${List.get(sorted, n - 1)} checksum=${checksum(sorted, 0, n, 0)}")
end
