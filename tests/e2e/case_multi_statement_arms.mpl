# Arms of `case` and `receive` may hold several statements; the arm's value is its last one.
type Cmd do
  Push(Int)
  Pop
  Add
end

fn step(stack :: List<Int>, cmd :: Cmd) -> List<Int> do
  case cmd do
    Push(n) ->
      let doubled = n * 2
      println("push ${n} (doubled ${doubled})")
      [n] ++ stack
    Pop ->
      let top = List.head(stack)
      println("pop ${top}")
      List.drop(stack, 1)
    Add -> let a = List.get(stack, 0); let b = List.get(stack, 1); [a + b] ++ List.drop(stack, 2)
  end
end

fn classify(n :: Int) -> String do
  case n do
    0 -> "zero"
    -1 ->
      let word = "minus"
      word <> " one"
    x when x > 100 ->
      let big = "big"
      if x > 1000 do
        big <> "ger"
      else
        big
      end
    (x) -> "other ${x}"
  end
end

fn describe(pair :: (Int, String)) -> String do
  case pair do
    (0, s) ->
      let t = String.to_upper(s)
      "${t}!"
    (_, "skip") -> "skipped"
    (n, s) ->
      # a nested case inside a multi-statement arm
      let label = case n do
        1 -> "one"
        _ -> "many"
      end
      "${label} ${s}"
  end
end

actor echo(prefix :: String) do
  receive do
    (from, n) when n > 0 ->
      let reply = "${prefix}${n}"
      send(from, reply)
      echo(prefix)
    (from, _) ->
      send(from, "stop")
  after 5000 ->
    println("echo: nobody called")
    echo(prefix)
  end
end

fn main() do
  let cmds = [Push(1), Push(2), Add, Push(10), Pop]
  let final = List.reduce(cmds, [], fn stack, cmd -> step(stack, cmd) end)
  println("${final}")
  for n in [0, -1, 5, 500, 5000] do
    println(classify(n))
  end
  println(describe((0, "hi")))
  println(describe((3, "skip")))
  println(describe((1, "apple")))
  println(describe((2, "pears")))
  let pid = spawn(echo, "n=")
  send(pid, (self(), 7))
  receive do
    s ->
      let n = String.length(s)
      println("got ${s} (${n} chars)")
  end
  send(pid, (self(), 0))
  receive do
    s -> println("got ${s}")
  end
end
