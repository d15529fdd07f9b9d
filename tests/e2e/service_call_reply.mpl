# A call is synchronous: the client returns the handler's reply, whatever its type, and the
# first element of the handler's tuple becomes the new state.

struct Stats do
  calls :: Int
  last :: String
end deriving(Display)

service Greeter do
  fn init(greeting :: String) -> Stats do
    Stats { calls: 0, last: greeting }
  end

  call Greet(name :: String) :: String do |stats|
    let line = "${stats.last}, ${name}!"
    (%{stats | calls: stats.calls + 1}, line)
  end

  call Both(a :: Int, b :: Int) :: (Int, Int) do |stats|
    (stats, (a + b, a * b))
  end

  call Snapshot() :: Stats do |stats|
    (stats, stats)
  end

  call Maybe(n :: Int) :: Option<Int> do |stats|
    if n > 0 do
      (stats, Some(n))
    else
      (stats, None)
    end
  end
end

fn main() do
  let g = Greeter.start("Hello")
  println(Greeter.greet(g, "Ada"))
  println(Greeter.greet(g, "Grace"))
  let (sum, product) = Greeter.both(g, 6, 7)
  println("sum ${sum} product ${product}")
  println("${Greeter.snapshot(g)}")
  println("${Greeter.maybe(g, 3)} ${Greeter.maybe(g, 0)}")
  # a pipe works too: the pid is the first argument
  println(g |> Greeter.greet("Linus"))
end
