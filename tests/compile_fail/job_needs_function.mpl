# expect-error: E0052
# expect-text: written here or the name of a function
# A job's captures are copied to its process, so the closure must be written at the call.

fn run(work :: Fun() -> Int) -> Pid<Int> do
  Job.async(work)
end

fn main() do
  let j = run(fn -> 1 end)
  println("${Job.await(j)}")
end
