# Timer.monotonic_ms() measures durations: it never goes back, and a sleep of 50 ms advances it
# by at least 50 (and, even on a loaded machine, by less than 5 s).
fn main() do
  let t0 = Timer.monotonic_ms()
  Timer.sleep(50)
  let t1 = Timer.monotonic_ms()
  let elapsed = t1 - t0
  println("positive clock: ${t0 > 0}")
  println("slept at least 50 ms: ${elapsed >= 50}")
  println("and not absurdly long: ${elapsed < 5000}")
  let readings = for _ in 0..1000 do
    Timer.monotonic_ms()
  end
  let never_back = List.reduce(List.zip(readings, List.drop(readings, 1)), true, fn ok, pair -> ok and Tuple.second(pair) >= Tuple.first(pair) end)
  println("never goes back: ${never_back}")
end
