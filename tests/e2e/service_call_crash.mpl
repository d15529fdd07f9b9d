# A crashing handler kills the service (its monitors are told), and a caller waiting for
# its reply fails at once with a panic naming the call and the reason, instead of hanging.
# Calling a service that is not running fails the same way (noproc).

service Calc do
  fn init() -> Int do
    100
  end

  call Div(n :: Int) :: Int do |total|
    (total, total / n)
  end
end

actor caller(calc :: Pid<Calc>, n :: Int) do
  println("caller: asking for 100 / ${n}")
  let r = Calc.div(calc, n)
  println("caller: got ${r}")
end

fn watch(pid) -> ExitReason do
  let ref = Process.monitor(pid)
  receive do
    Down(r, _, reason) when r == ref -> reason
  end
end

fn main() do
  let calc = Calc.start()
  let service_ref = Process.monitor(calc)
  println("first caller ended: ${watch(spawn(caller, calc, 4))}")
  println("second caller ended: ${watch(spawn(caller, calc, 0))}")
  receive do
    Down(r, _, reason) when r == service_ref -> println("service ended: ${reason}")
  end
  println("third caller ended: ${watch(spawn(caller, calc, 2))}")
end
