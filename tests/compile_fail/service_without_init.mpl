# expect-error: E0051
# expect-text: has no `init` function
# A service needs an init: it gives the first state and start's arguments.

service Counter do
  call Get() :: Int do |n|
    (n, n)
  end
end

fn main() do
  println("nothing")
end
