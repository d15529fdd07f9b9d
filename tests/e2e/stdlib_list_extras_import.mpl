from List import sum, map, uniq

fn main() do
  println("${sum(map([1, 2, 3], fn x -> x * 10 end))} ${uniq([1, 1, 2])} ${List.length([1])}")
  println("${[5, 6].max()} ${List.sum_float([1.5])} ${[3, 1, 2].sort_by(fn x -> 0 - x end)}")
end
