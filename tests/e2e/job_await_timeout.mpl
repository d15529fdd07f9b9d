# Job.await_timeout gives Err("timeout") when the job takes longer, and kills it (its
# output never appears); a job that finishes in time gives Ok.

fn slow(ms :: Int, label :: String) -> String do
  Timer.sleep(ms)
  println("${label} finished")
  label
end

fn main() do
  let quick = Job.async(fn -> slow(10, "quick") end)
  println("${Job.await_timeout(quick, 2000)}")
  let late = Job.async(fn -> slow(300, "late") end)
  println("${Job.await_timeout(late, 50)}")
  println("late job alive: ${Process.alive(late)}")
  Timer.sleep(400)
  receive do
    _ -> println("unexpected message")
  after 10 ->
    println("done")
  end
end
