# A generic struct holding a tuple with an Option is a spawn argument; the
# actor receives a sum type whose variants carry tuples, Options, a generic
# struct and a long String. Only the receiving actor prints.

struct Box<T> do
  value :: T
end deriving(Display)

type Msg do
  Text(String)
  Nums((Int, Float), Int?)
  Wrapped(Box<String>)
  Quit
end deriving(Display)

actor sink(seed :: Box<(String, Int?)>, n :: Int) do
  receive do
    Quit -> println("sink quits after ${n} messages, seed ${seed}")
    Text(s) when String.length(s) > 20 -> sink(seed, long_text(s, n))
    m -> sink(seed, show(m, n))
  end
end

fn show(m :: Msg, n :: Int) -> Int do
  println("${n}: ${m}")
  n + 1
end

fn long_text(s :: String, n :: Int) -> Int do
  println("${n}: a text of ${String.length(s)} characters ending in ${String.slice(s, String.length(s) - 4, String.length(s))}")
  n + 1
end

fn main() do
  let s = spawn(sink, Box { value: ("seed", Some(42)) }, 0)
  send(s, Text("hello"))
  send(s, Nums((1, 2.5), None))
  send(s, Nums((-1, -0.5), Some(7)))
  send(s, Wrapped(Box { value: "inside" }))
  send(s, Text(String.repeat("ab", 300) <> "end!"))
  send(s, Quit)
end
