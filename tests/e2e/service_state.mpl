# The state persists across calls and casts, one request at a time, even with several
# processes calling concurrently (each increment is applied exactly once).

service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  call Add(n :: Int) :: Int do |count|
    (count + n, count + n)
  end

  cast Bump() do |count|
    count + 1
  end

  call Get() :: Int do |count|
    (count, count)
  end
end

actor bumper(counter :: Pid<Counter>, times :: Int, parent :: Pid<Int>) do
  if times == 0 do
    send(parent, 1)
  else
    Counter.bump(counter)
    bumper(counter, times - 1, parent)
  end
end

fn wait_for(n :: Int) do
  if n > 0 do
    receive do
      _ -> wait_for(n - 1)
    end
  end
end

fn main() do
  let c = Counter.start(0)
  let _ = Counter.add(c, 1)
  let _ = Counter.add(c, 2)
  println("after adds: ${Counter.add(c, 3)}")
  let me = self()
  let _ = spawn(bumper, c, 1000, me)
  let _ = spawn(bumper, c, 1000, me)
  let _ = spawn(bumper, c, 1000, me)
  wait_for(3)
  println("after 3000 bumps: ${Counter.get(c)}")
end
