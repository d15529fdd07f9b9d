# Names every program has without a module: println, print, compare, default,
# and the list functions map, filter, reduce, head and tail (also with pipes).
# A function of the program with the same name wins over the global one.

struct Settings do
  retries :: Int
  name :: String
end

impl Default for Settings do
  fn default() -> Settings do Settings { retries: 3, name: "standard" } end
end

fn tail(s :: String) -> String = String.slice(s, 1, String.length(s))

fn main() do
  print("no newline, ")
  print("")
  println("then one")
  println("")
  println("compare: ${compare(1, 2)} ${compare("b", "a")} ${compare([1, 2], [1, 2])}")
  let zero :: Int = default()
  let empty :: String = default()
  let settings :: Settings = default()
  println("default: ${zero} [${empty}] ${settings.retries} ${settings.name} ${default() + 1.5}")
  let xs = [1, 2, 3, 4]
  let doubled = xs |> map(fn x -> x * 2 end)
  let even = filter(xs, fn x -> x % 2 == 0 end)
  let total = xs |> reduce(0, fn acc, x -> acc + x end)
  println("map: ${doubled} filter: ${even} reduce: ${total}")
  println("head: ${head(xs)} ${xs |> map(fn x -> x + 10 end) |> head()}")
  # `tail` here is the program's own function on strings
  println("own tail: ${tail("mesh")}")
  println("List.tail: ${List.tail(xs)}")
end
