# Job.map runs the function on every element in parallel and gives the results in list
# order, each Ok or Err (one crashing element does not affect the others).

fn reciprocal_percent(n :: Int) -> Int do
  100 / n
end

fn main() do
  let results = Job.map([1, 4, 0, 5], reciprocal_percent)
  List.each(results, fn r -> println("${r}") end)
  let offset = 1000
  # the sleeps finish in reverse order; results still come in list order
  let timed = Job.map([30, 20, 10], fn ms -> wait_and_add(ms, offset) end)
  println("${timed}")
  println("${Job.map([], reciprocal_percent)}")
end

fn wait_and_add(ms :: Int, offset :: Int) -> Int do
  Timer.sleep(ms)
  ms + offset
end
