# Job.async runs a function in a new process and Job.await gives its result as Ok. What the
# closure captures is copied to the job; a named function works too.

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn answer() -> String do
  "forty-two"
end

fn show(r :: Result<Int, String>) -> String do
  case r do
    Ok(v) -> "Ok(${v})"
    Err(e) -> "Err(${e})"
  end
end

fn main() do
  let base = 20
  let words = ["a", "b"]
  let job = Job.async(fn -> fib(base) end)
  let other = Job.async(fn -> String.join(words, "+") end)
  let named = Job.async(answer)
  println("job is another process: ${job != self()}")
  println(show(Job.await(job)))
  println("${Job.await(other)}")
  println("${Job.await(named)}")
  # nothing of the jobs is left in the mailbox
  receive do
    _ -> println("unexpected message")
  after 50 ->
    println("mailbox empty")
  end
end
