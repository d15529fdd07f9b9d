# An exit signal Custom("bye") sent by another actor ends a non-trapping main:
# status 1 and the reason on stderr.

actor stopper(target) do
  println("stopper: telling main to go away")
  Process.exit(target, Custom("bye"))
end

fn main() do
  println("main: starting the stopper")
  spawn(stopper, self())
  receive do
    n -> println("main: got ${n + 1}")
  after 5000 -> println("main: not reached")
  end
end
