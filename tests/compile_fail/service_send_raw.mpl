# expect-error: E0014
# expect-text: client functions
# A service's pid takes no ordinary messages: only its clients talk to it.

service Counter do
  fn init() -> Int do
    0
  end

  cast Bump() do |n|
    n + 1
  end
end

fn main() do
  let c = Counter.start()
  send(c, 5)
end
