# A closure whose first parameter is a tuple pattern, written without the outer parentheses:
# `fn (sum, count), x -> ... end` (Elixir's `fn {sum, count}, x ->`). The parenthesised group
# followed by a comma is a pattern, not the parameter list.
fn main() do
  let (sum, count) = List.reduce([4, 8, 15], (0, 0), fn (s, n), x -> (s + x, n + 1) end)
  println("${sum} / ${count}")
  let (evens, odds) = List.reduce(1..10 |> Range.to_list(), ([], []), fn (e, o), x ->
    if x % 2 == 0 do (List.append(e, x), o) else (e, List.append(o, x)) end
  end)
  println("${evens} ${odds}")
  let nested = List.reduce([("a", 1), ("b", 2)], ("", 0), fn (text, total), (k, v) -> (text <> k, total + v) end)
  println("${nested}")
  let sum3 = fn (a, b), c -> a + b + c end
  println("${sum3((1, 2), 3)}")
  let both = fn (a, b) -> a * b end
  println("${both(6, 7)}")
end
