# A `case` or `if` whose value is dropped (a statement, or the end of a function that returns unit)
# may have arms of different types: one arm prints, another runs a `for` comprehension.
fn report(result :: Result<List<Int>, String>) -> () do
  case result do
    Ok(items) ->
      for i in items when i > 1 do
        println("item ${i}")
      end
    Err(e) -> println("error: ${e}")
  end
end

fn count_down(n :: Int) do
  if n > 0 do
    println("n = ${n}")
    count_down(n - 1)
  else
    [n, n]
  end
  println("back from ${n}")
end

fn main() do
  report(Ok([1, 2, 3]))
  report(Err("no data"))
  let flags = %{"verbose" => true}
  case Map.get(flags, "verbose") do
    true -> for k in Map.keys(flags) do
      println("flag ${k}")
    end
    false -> 0
  end
  count_down(2)
  if List.length([1]) == 1 do
    "ignored"
  else
    println("never")
  end
  case 3 do
    3 ->
      let doubled = [3, 3]
      doubled
    _ -> println("other")
  end
end
