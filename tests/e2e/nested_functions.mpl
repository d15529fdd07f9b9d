# A named function defined inside another is local to it, like a let-bound closure: it sees the
# variables defined before it, may `return` early, and is polymorphic when unannotated.
fn price_list(items :: List<(String, Int)>, tax_percent :: Int) -> List<String> do
  fn with_tax(cents :: Int) -> Int = cents + cents * tax_percent / 100
  fn format(cents :: Int) -> String do
    if cents < 100 do
      return "${cents}c"
    end
    "${cents / 100}.${String.pad_start("${cents % 100}", 2, "0")}"
  end
  List.map(items, fn (name, cents) -> "${name}: ${format(with_tax(cents))}" end)
end

fn main() do
  for line in price_list([("tea", 250), ("gum", 50), ("pen", 1199)], 10) do
    println(line)
  end
  fn twice(x) = [x, x]
  println("${twice(1)} ${twice("a")}")
  fn shout(s :: String) do
    println(String.to_upper(s))
  end
  shout("done")
end
