# for {k, v} in map: a comprehension over the entries in insertion order, with when filters,
# continue and break; also for over a map's keys and over an empty map.

fn main() do
  let m = %{"a" => 1, "b" => 2, "c" => 3, "d" => 4}
  let doubled = for {k, v} in m do
    "${k}=${v * 2}"
  end
  println("${doubled}")
  let even = for {k, v} in m when v % 2 == 0 do
    k
  end
  println("${even}")
  let skip = for {k, v} in m do
    if k == "b" do
      continue
    end
    v
  end
  println("${skip}")
  let upto = for {k, v} in m do
    if v == 3 do
      break
    end
    k
  end
  println("${upto}")
  let none = for {k, v} in Map.new() do
    k + v
  end
  println("${none}")
  for entry in %{1 => "x"} do
    println("entry ${entry}")
  end
  let total = List.reduce(for {_, v} in m do v end, 0, fn a, b -> a + b end)
  println("${total}")
end
