# expect-error: E0053
# expect-text: takes no `timeout:`
# Only calls wait for something, so only they take a timeout.

service Log do
  fn init() -> Int do
    0
  end

  cast Add(n :: Int) do |total|
    total + n
  end
end

fn main() do
  let l = Log.start()
  Log.add(l, 1, timeout: 100)
end
