# `m[k]` on a missing key panics where it is written, whatever the value type
# (Map.get would give 0 here; Map.get_or and Map.find say what to do instead).
fn main() do
  let stock = %{"apples" => 3}
  println("${stock["apples"]}")
  println("${Map.get(stock, "pears")}")
  println("${stock["pears"]}")
end
