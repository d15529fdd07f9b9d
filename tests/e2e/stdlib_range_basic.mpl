# Ranges are values: a..b and Range.new(a, b) are half-open (empty when b <= a).

fn main() do
  let r = Range.new(1, 4)
  println("${r} ${Range.length(r)} ${Range.to_list(r)} ${List.head(Range.to_list(r))}")
  let s = 0..10
  println("${Range.map(s, fn x -> x * x end)}")
  println("${Range.filter(s, fn x -> x % 3 == 0 end)}")
  println("${Range.map(1..4, fn i -> "#${i}" end)}")
  println("${Range.contains(r, 1)} ${Range.contains(r, 4)} ${Range.contains(r, 0)}")
  let empty = 5..2
  println("${empty} ${Range.length(empty)} ${Range.to_list(empty)} ${Range.length(3..3)}")
  println("${r == 1..4} ${r == 1..5} ${r.length()}")
  let ranges = [0..2, 2..4]
  println("${ranges}")
  let n = 3
  println("${Range.to_list(n - 1..n + 2)}")
end
