# P1: spawn + one message + exit, N actors (default 1,000,000; first argument).
# Main spawns every worker and sends it its number; each worker receives it, sends it back
# and ends. Main then receives the N replies and checks their count and sum, so a run that
# loses or duplicates anything prints "FAIL" and exits with status 1.
# Prints the time from the first spawn to the last reply ("elapsed_ms T").
# Same workload as bench/erlang/bench.erl spawn_exit and bench/protoactor spawn_exit.

actor worker(parent) do
  receive do
    n -> send(parent, n)
  end
end

fn spawn_all(i :: Int, me) -> Int do
  if i == 0 do
    0
  else
    let p = spawn(worker, me)
    send(p, i)
    spawn_all(i - 1, me)
  end
end

fn collect(left :: Int, sum :: Int) -> Int do
  if left == 0 do
    sum
  else
    receive do
      n -> collect(left - 1, sum + n)
    end
  end
end

fn arg_int(default :: Int) -> Int do
  let args = Env.args()
  if List.length(args) > 1 do
    case String.to_int(List.get(args, 1)) do
      Some(n) -> n
      None -> default
    end
  else
    default
  end
end

fn main() do
  let n = arg_int(1000000)
  let t0 = Timer.monotonic_ms()
  spawn_all(n, self())
  let sum = collect(n, 0)
  println("elapsed_ms ${Timer.monotonic_ms() - t0}")
  if sum == n * (n + 1) / 2 do
    println("spawn_exit ok ${n} actors, sum ${sum}")
  else
    println("spawn_exit FAIL ${n} actors, sum ${sum}")
    Process.exit(self(), Custom("wrong sum"))
  end
end
