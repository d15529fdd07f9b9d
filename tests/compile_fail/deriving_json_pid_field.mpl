# expect-error: E0038
# expect-text: `Job` derives Json, but its field `worker` has type Pid
# expect-text: a process id means nothing outside this program
# A process id has no JSON form, so a type holding one cannot derive Json.

struct Job do
  name :: String
  worker :: Pid
end deriving(Json)

fn main() do
  println("unreachable")
end
