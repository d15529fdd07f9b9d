# A round-robin scheduler with three priority levels, each a Queue of tasks. A task runs for
# a time slice; unfinished tasks go to the back of their queue, and tasks that waited too long
# are promoted. Exercises Queue, Map with sum-type keys, deriving(Ord) and sort_by.

type Priority do
  High
  Normal
  Low
end deriving(Eq, Ord, Hash, Display, Debug)

struct Task do
  name :: String
  priority :: Priority
  remaining :: Int
  waited :: Int
end deriving(Eq, Debug)

struct Sched do
  queues :: Map<Priority, Queue<Task>>
  clock :: Int
  log :: List<String>
  finished :: List<(String, Int)>
end

let levels = [High, Normal, Low]
let slice = 3
let patience = 8

fn promote(High) = High
fn promote(Normal) = High
fn promote(Low) = Normal

fn enqueue(s :: Sched, t :: Task) -> Sched do
  let q = Map.get(s.queues, t.priority)
  %{s | queues: Map.put(s.queues, t.priority, Queue.push(q, t))}
end

fn next_level(s :: Sched) -> Option<Priority> do
  List.find(levels, fn p -> not Queue.is_empty(Map.get(s.queues, p)) end)
end

# Every waiting task ages by the time slice used; old ones move up a level.
fn age(s :: Sched, used :: Int) -> Sched do
  let waiting = levels |> List.flat_map(fn p -> Queue.to_list(Map.get(s.queues, p)) end)
  let empty = %{s | queues: Map.from_list(List.map(levels, fn p -> (p, Queue.new()) end))}
  List.reduce(waiting, empty, fn acc, t ->
    let older = %{t | waited: t.waited + used}
    if older.waited >= patience and older.priority != High do
      let up = %{older | priority: promote(older.priority), waited: 0}
      enqueue(%{acc | log: List.append(acc.log, "t=${acc.clock}: promote ${t.name} to ${up.priority}")}, up)
    else
      enqueue(acc, older)
    end
  end)
end

fn run(s :: Sched) -> Sched do
  case next_level(s) do
    None -> s
    Some(level) ->
      let (task, rest) = Queue.pop(Map.get(s.queues, level))
      let used = Math.min(slice, task.remaining)
      let s2 = %{s | queues: Map.put(s.queues, level, rest), clock: s.clock + used}
      let s3 = age(s2, used)
      let left = task.remaining - used
      if left == 0 do
        run(%{s3 | finished: List.append(s3.finished, (task.name, s3.clock))})
      else
        run(enqueue(s3, %{task | remaining: left, waited: 0}))
      end
  end
end

fn main() do
  let tasks = [
    Task { name: "backup", priority: Low, remaining: 7, waited: 0 },
    Task { name: "request", priority: High, remaining: 2, waited: 0 },
    Task { name: "index", priority: Normal, remaining: 5, waited: 0 },
    Task { name: "email", priority: Normal, remaining: 1, waited: 0 },
    Task { name: "render", priority: High, remaining: 6, waited: 0 },
  ]
  let ordered = List.sort_by(tasks, fn t -> (t.priority, t.name) end)
  println("by priority: ${List.map(ordered, fn t -> t.name end)}")
  println("${High < Low} ${compare(Normal, Low)} ${List.max(List.map(tasks, fn t -> t.priority end))}")
  let empty = Sched { queues: Map.from_list(List.map(levels, fn p -> (p, Queue.new()) end)), clock: 0, log: [], finished: [] }
  let done = run(List.reduce(tasks, empty, enqueue))
  List.each(done.log, println)
  for (name, at) in done.finished do
    println("${String.pad_end(name, 8, " ")} finished at t=${at}")
  end
  let total = List.reduce(tasks, 0, fn acc, t -> acc + t.remaining end)
  println("clock ${done.clock} == total work ${total}: ${done.clock == total}")
  let q = Queue.new() |> Queue.push(1) |> Queue.push(2) |> Queue.push(3)
  let (front, q2) = Queue.pop(q)
  println("${front} ${Queue.peek(q2)} ${Queue.size(q2)} ${q2}")
end
