# expect-error: E0001
# expect-text: (new_state, reply)
# A call handler must end with the (new_state, reply) tuple.

service Counter do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    n
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get(c)}")
end
