# expect-error: E0001
# expect-text: Pid<Counter>
# A service's clients only accept pids of that service.

service Counter do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    (n, n)
  end
end

service Store do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let s = Store.start()
  println("${Counter.get(s)}")
end
