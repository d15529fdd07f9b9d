# A `receive ... after` timeout in an actor fires on its own timer, while main is busy
# computing and never waits: main only learns about it by polling Process.alive.
# Two actors with different timeouts time out in deadline order.

actor waiter(name :: String, ms :: Int) do
  receive do
    n -> println("${name}: unexpected ${n}")
  after ms -> println("${name}: nothing within ${ms} ms")
  end
end

fn spin(pid, rounds :: Int) -> Int do
  if Process.alive(pid) do
    spin(pid, rounds + busy_work(1000))
  else
    rounds
  end
end

fn busy_work(n :: Int) -> Int do
  if n == 0 do
    1
  else
    busy_work(n - 1)
  end
end

fn main() do
  let slow = spawn(waiter, "slow", 200)
  let fast = spawn(waiter, "fast", 20)
  let rounds = spin(slow, 0)
  println("main computed while waiting: ${rounds > 0}")
  println("fast alive: ${Process.alive(fast)}")
end
