# List functions written in Mesh (stdlib/mesh/list.mpl), called as List.f(xs, ...) and xs.f(...).
struct Person do
  name :: String
  age :: Int
end

fn main() do
  let xs = [3, 1, 4, 1, 5, 9, 2, 6]
  println("${List.sum(xs)} ${xs.sum()} ${List.max(xs)} ${List.min(xs)} ${List.sum_float([0.5, 0.25])}")
  println("${List.count(xs, fn x -> x > 2 end)} ${List.is_empty(xs)} ${List.is_empty([])}")
  println("${List.index_of(xs, 5)} ${List.index_of(xs, 7)}")
  println("${List.uniq(xs)} ${List.take_while(xs, fn x -> x < 4 end)} ${List.drop_while(xs, fn x -> x < 4 end)}")
  println("${List.partition(xs, fn x -> x % 2 == 0 end)}")
  println("${List.chunk(xs, 3)} ${List.chunk([], 2)}")
  let people = [Person { name: "ann", age: 31 }, Person { name: "bob", age: 25 }, Person { name: "cy", age: 31 }]
  let by_age = List.sort_by(people, fn p -> p.age end)
  println("${List.map(by_age, fn p -> p.name end)}")
  let groups = List.group_by(people, fn p -> p.age end)
  for {age, ps} in groups do
    println("${age}: ${List.map(ps, fn p -> p.name end)}")
  end
  println("${List.map(List.sort_by(["pear", "fig", "banana"], fn w -> String.length(w) end), fn w -> w end)}")
  println("${List.max(["b", "c", "a"])}")
  println("${List.max([])}")
end
