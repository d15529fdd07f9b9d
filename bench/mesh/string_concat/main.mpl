# Building a string by repeated concatenation: N pieces (default 20,000) appended one at a time
# with <> onto an accumulator (each step makes a new immutable string). Prints the length and the
# tail, which bench/c/string_concat.c must reproduce exactly. Usage: string_concat [N].

fn piece(i :: Int) -> String do
  "item${i * 7 % 1000},"
end

fn grow(i :: Int, n :: Int, acc :: String) -> String do
  if i == n do
    acc
  else
    grow(i + 1, n, acc <> piece(i))
  end
end

fn count(args :: List<String>) -> Int do
  if List.length(args) > 1 do
    String.to_int(List.get(args, 1)) |> Option.unwrap_or(20000)
  else
    20000
  end
end

fn main() do
  let grown = grow(0, count(Env.args()), "")
  let n = String.length(grown)
  println("concat: ${n} ${String.slice(grown, n - 24, n)}")
end
