# expect-error: E0003
# expect-text: `Counter.start` takes 1 argument but 0 were given
# start takes init's arguments.

service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  call Get() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get(c)}")
end
