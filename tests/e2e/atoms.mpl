# Atoms: `:name` literals of their own type, compared by name, matched in
# patterns, shown without the colon (and with it by inspect), sent in messages.

fn status(code :: Int) -> Atom do
  case code do
    200 -> :ok
    404 -> :not_found
    _ -> :error
  end
end

fn describe(a :: Atom) -> String do
  case a do
    :ok -> "fine"
    :not_found -> "missing"
    _ -> "broken (${a})"
  end
end

actor echo(parent :: Pid<(Atom, Int)>) do
  receive do
    (tag, n) -> send(parent, (tag, n * 2))
  end
end

fn main() do
  let s = status(404)
  println("${s} ${describe(s)} ${describe(status(500))} ${describe(:ok)}")
  println("${:ok == :ok} ${:ok == s} ${:apple < :banana}")
  println([:a, :b].inspect())
  let pid = spawn(echo, self())
  send(pid, (:reply, 21))
  receive do
    (tag, n) -> println("${tag} ${n}")
  end
end
