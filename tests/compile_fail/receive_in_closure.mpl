# expect-error: E0017
# expect-text: `receive` cannot be used inside a closure
# A closure may run in another actor than the one that created it, so it
# cannot receive; helper functions can.

fn main() do
  let wait = fn -> receive do
    n -> n + 1
  end end
  println("${wait()}")
end
