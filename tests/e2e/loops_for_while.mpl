# `for` is a comprehension over lists, ranges, maps, sets and queues: it returns
# the list of body values; `when` filters; `continue` skips an element (nothing
# collected); `break` stops and returns what was collected so far. `while`
# returns unit. The loop variable is scoped to the body.

fn first_negative_prefix(xs :: List<Int>) -> List<Int> do
  for x in xs do
    if x < 0 do
      break
    end
    x
  end
end

fn main() do
  let x = "outer"
  let squares = for x in [1, 2, 3] do x * x end
  println("list: ${squares}; x is still ${x}")
  println("range: ${for i in 0..4 do i * 10 end} empty: ${for i in 5..1 do i end} ${for i in 3..3 do i end}")
  println("filter: ${for n in 1..20 when n % 7 == 0 or n == 1 do n end}")
  let skipped = for n in [1, 2, 3, 4, 5, 6] do
    if n % 2 == 0 do
      continue
    end
    "odd ${n}"
  end
  println("continue: ${skipped}")
  println("break: ${first_negative_prefix([4, 5, -1, 6])} ${first_negative_prefix([-1])} ${first_negative_prefix([1, 2])}")
  let m = %{"a" => 1, "b" => 2}
  println("map: ${for {k, v} in m do "${k}=${v}" end}")
  println("set: ${for s in Set.from_list([3, 1, 3, 2]) do s + 100 end}")
  println("queue: ${for q in Queue.push(Queue.push(Queue.new(), "x"), "y") do q end}")
  println("nested: ${for a in 1..3 do for b in 1..3 when b >= a do (a, b) end end}")
  println("empty list: ${for e in List.new() do e + 1 end}")

  let counter = 3
  let result = while counter > 0 do
    break
  end
  println("while value: ${result}")
  let total = for i in 1..5 do
    let doubled = i * 2
    doubled
  end
  println("sum: ${List.reduce(total, 0, fn acc, v -> acc + v end)}")
end
