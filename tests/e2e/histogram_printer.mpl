# Histograms of generated data: a deterministic pseudo-random stream as a lazy Iter, bucketed
# into a Map, drawn as horizontal and vertical bar charts with scaling, plus summary statistics
# (mean, median, percentiles, mode) with Float formatting.

fn next_random(seed :: Int) -> Int = (seed * 6364136223846793005 + 1442695040888963407) % 9223372036854775807

# Sum of three uniform draws in 0..20 gives a bell-ish shape in 0..60.
fn sample(seed :: Int) -> (Int, Int) do
  let a = next_random(seed)
  let b = next_random(a)
  let c = next_random(b)
  let draw = fn r -> Int.abs(r / 1000) % 21 end
  (draw(a) + draw(b) + draw(c), c)
end

fn samples(n :: Int, seed :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do
    List.reverse(acc)
  else
    let (value, next) = sample(seed)
    samples(n - 1, next, value :: acc)
  end
end

fn bucket_of(width :: Int, v :: Int) -> Int = v / width * width

fn bar(count :: Int, max :: Int, width :: Int) -> String do
  let len = Math.round(Int.to_float(count) / Int.to_float(max) * Int.to_float(width))
  String.repeat("#", len) <> if len == 0 and count > 0 do "." else "" end
end

fn percentile(sorted :: List<Int>, p :: Float) -> Float do
  let rank = p / 100.0 * Int.to_float(List.length(sorted) - 1)
  let lo = Float.truncate(rank)
  let hi = Math.min(lo + 1, List.length(sorted) - 1)
  let frac = rank - Int.to_float(lo)
  Int.to_float(List.get(sorted, lo)) * (1.0 - frac) + Int.to_float(List.get(sorted, hi)) * frac
end

fn main() do
  let data = samples(2000, 7, [])
  let width = 5
  let counts = data
    |> Iter.from()
    |> Iter.map(fn v -> bucket_of(width, v) end)
    |> Iter.reduce(Map.new(), fn m, b -> Map.update(m, b, 1, fn c -> c + 1 end) end)
  let buckets = Map.keys(counts) |> List.sort(compare)
  let most = Map.values(counts) |> List.max()
  println("${List.length(data)} samples in ${Map.size(counts)} buckets of ${width}")
  for b in buckets do
    let c = Map.get(counts, b)
    let label = String.pad_start("${b}", 2, " ") <> "-" <> String.pad_end("${b + width - 1}", 2, " ")
    println("${label} ${String.pad_start("${c}", 4, " ")} ${bar(c, most, 40)}")
  end
  # The same counts drawn upright, tallest bar 8 rows high.
  let heights = List.map(buckets, fn b -> Math.round(Int.to_float(Map.get(counts, b)) / Int.to_float(most) * 8.0) end)
  let rows = for level in Range.to_list(1..9) |> List.reverse() do
    heights |> List.map(fn h -> if h >= level do "█" else " " end end) |> String.join(" ")
  end
  rows |> List.filter(fn r -> String.trim(r) != "" end) |> List.each(println)
  println(List.map(buckets, fn b -> "${b / 10}" end) |> String.join(" "))
  let sorted = List.sort(data, compare)
  let n = List.length(data)
  let mean = Int.to_float(List.sum(data)) / Int.to_float(n)
  let variance = data |> List.map(fn x -> Math.pow(Int.to_float(x) - mean, 2.0) end) |> List.sum_float()
  let freq = List.group_by(data, fn x -> x end) |> Map.to_list() |> List.map(fn (k, vs) -> (k, List.length(vs)) end)
  let (mode, mode_count) = freq |> List.sort_by(fn (k, c) -> (0 - c, k) end) |> List.head()
  println("mean ${Float.to_precision(mean, 3)} sd ${Float.to_precision(Math.sqrt(variance / Int.to_float(n)), 3)} min ${List.head(sorted)} max ${List.last(sorted)}")
  println("median ${percentile(sorted, 50.0)} p10 ${percentile(sorted, 10.0)} p90 ${percentile(sorted, 90.0)} p99 ${Float.to_precision(percentile(sorted, 99.0), 2)}")
  println("mode ${mode} (${mode_count} times); values above 50: ${Iter.from(data) |> Iter.filter(fn x -> x > 50 end) |> Iter.count()}")
  println("first ten: ${List.take(data, 10)}, any 0? ${List.any(data, fn x -> x == 0 end)}, all <= 60? ${List.all(data, fn x -> x <= 60 end)}")
end
