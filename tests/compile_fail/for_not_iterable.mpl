# expect-error: E0006
# expect-text: `for` cannot walk a Bag
# A struct is walked by `for` only if it implements Iterable or Iterator.

struct Bag do
  items :: List<Int>
end

fn main() do
  let b = Bag { items: [1] }
  for x in b do
    println("${x}")
  end
end
