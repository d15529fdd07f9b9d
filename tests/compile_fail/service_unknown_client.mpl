# expect-error: E0004
# expect-text: did you mean `Counter.get_count`
# Clients are the snake_case names of the handlers.

service Counter do
  fn init() -> Int do
    0
  end

  call GetCount() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get_cont(c)}")
end
