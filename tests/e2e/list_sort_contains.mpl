# List.sort (stable merge sort with a comparator returning <0, 0 or >0) and
# List.contains (structural equality), including 100,000 elements.

struct Person do
  name :: String
  age :: Int
end deriving(Display)

fn main() do
  let xs = [5, 3, 9, 1, 5, 7, 2, 8, 6, 4, 0]
  println("${List.sort(xs, fn a, b -> a - b end)} ${List.sort(xs, fn a, b -> b - a end)} ${List.sort([], fn a, b -> a - b end)} ${List.sort([1], fn a, b -> a - b end)}")
  let people = [Person { name: "ann", age: 30 }, Person { name: "bob", age: 25 }, Person { name: "cy", age: 30 }, Person { name: "di", age: 25 }]
  println("${List.sort(people, fn a, b -> a.age - b.age end)}")
  let words = ["pear", "apple", "fig"]
  println("${words |> List.sort(fn a, b -> String.length(a) - String.length(b) end)} ${List.contains(words, "fig")} ${List.contains(words, "kiwi")} ${List.contains([(1, 2)], (1, 2))}")
  let big = for i in 0..100000 do (i * 7919) % 100003 end
  let sorted = List.sort(big, fn a, b -> a - b end)
  println("${List.head(sorted)} ${List.last(sorted)} ${List.length(sorted)}")
end
