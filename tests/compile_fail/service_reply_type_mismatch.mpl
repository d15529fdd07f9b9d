# expect-error: E0001
# expect-text: call handler `Get`
# The reply (second element) must have the declared reply type.

service Store do
  fn init() -> Int do
    0
  end

  call Get() :: String do |n|
    (n, n + 1)
  end
end

fn main() do
  let s = Store.start()
  println(Store.get(s))
end
