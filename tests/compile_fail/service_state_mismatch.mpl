# expect-error: E0001
# expect-text: cast handler `Rename`
# Every handler returns the service's state type (init's result).

service Named do
  fn init() -> String do
    "none"
  end

  cast Rename(n :: Int) do |_name|
    n
  end
end

fn main() do
  let s = Named.start()
  Named.rename(s, 5)
end
