# Type aliases, generic ones included: the alias stands for its expansion with
# the arguments put in place of its parameters.

type Pair<T> = (T, T)
type Handler<A, B> = Fun(A) -> B!String
type Names = List<String>

fn swap(p :: Pair<Int>) -> Pair<Int> do
  let (a, b) = p
  (b, a)
end

fn run(h :: Handler<Int, Int>, x :: Int) -> String do
  case h(x) do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err ${e}"
  end
end

fn main() do
  let (x, y) = swap((1, 2))
  println("${x} ${y}")
  let half = fn n -> if n % 2 == 0 do Ok(n / 2) else Err("odd") end end
  println(run(half, 10))
  println(run(half, 7))
  let names :: Names = ["a", "b"]
  println(String.join(names, "+"))
end
