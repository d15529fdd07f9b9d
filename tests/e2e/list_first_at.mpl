# List.first and List.at return an Option (List.head and List.get panic instead); at counts a
# negative index from the end, as String.at does.
fn describe(o :: Option<Int>) -> String do
  case o do
    Some(v) -> "Some ${v}"
    None -> "none"
  end
end

fn main() do
  let xs = [10, 20, 30]
  println("${List.first(xs)} ${xs.first()}")
  let empty :: List<String> = []
  println("${List.first(empty)} ${empty.at(0)}")
  for i in [0, 1, 2, 3, -1, -3, -4] do
    println("at ${i}: ${describe(List.at(xs, i))}")
  end
  let words = ["pear", "fig"] |> List.sort(fn a, b -> compare(a, b) end)
  case List.first(words) do
    Some(w) -> println("first word ${w}")
    None -> println("no words")
  end
end
