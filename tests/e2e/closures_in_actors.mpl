# Closures inside actors and helpers: they capture the actor's pid (taken
# with self() outside the closure), parameters and received values.

actor squarer(boss) do
  receive do
    (from, xs) -> squarer(reply(boss, from, xs))
  end
end

fn reply(boss, from, xs :: List<Int>) do
  let factor = List.length(xs)
  List.each(xs, fn x -> send(from, x * x * factor) end)
  send(from, -1)
  boss
end

actor client(server, boss, xs :: List<Int>) do
  let me = self()
  let ask = fn items -> send(server, (me, items)) end
  ask(xs)
  let total = gather(0)
  let described = fn prefix do
    let t = total
    "${prefix} ${xs} -> ${t}"
  end
  send(boss, described("client"))
end

fn gather(acc :: Int) -> Int do
  receive do
    -1 -> acc
    n -> gather(acc + n)
  end
end

fn main() do
  let s = spawn(squarer, self())
  spawn(client, s, self(), [1, 2, 3])
  let first = receive do
    line -> line
  end
  println(first)
  spawn(client, s, self(), [10])
  let second = receive do
    line -> line
  end
  println(second)
end
