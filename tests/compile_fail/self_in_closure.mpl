# expect-error: E0015
# expect-text: `self()` cannot be used inside a closure
# Even in an actor, a closure must capture the pid instead of calling self().

actor collector(boss) do
  List.each([1, 2], fn n -> send(boss, (self(), n)) end)
end

fn main() do
  spawn(collector, self())
end
