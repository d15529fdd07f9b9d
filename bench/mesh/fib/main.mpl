# Naive doubly recursive Fibonacci: measures calls and integer arithmetic.
# Usage: fib [N] (default 32), like bench/c/fib.c.

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn arg(args :: List<String>) -> Int do
  if List.length(args) > 1 do
    case String.to_int(List.get(args, 1)) do
      Some(n) -> n
      None -> 32
    end
  else
    32
  end
end

fn main() do
  println("${fib(arg(Env.args()))}")
end
