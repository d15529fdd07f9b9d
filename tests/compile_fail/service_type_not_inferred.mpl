# expect-error: E0050
# expect-text: annotate it
# Request arguments are copied between processes: their types must be known.

service Box do
  fn init() -> Int do
    0
  end

  cast Put(item) do |n|
    n + 1
  end
end

fn main() do
  let b = Box.start()
  Box.put(b, 5)
end
