# Lists travel between actors by deep copy, alone or inside tuples, structs,
# sum types and Options. The producer exits (its heap is freed) before the
# consumer describes what it received (it only stores the messages until Quit).

struct Batch do
  id :: Int
  tags :: List<String>
  parts :: List<(String, Int)>
end deriving(Display)

type Job do
  Numbers(List<Int>)
  Grid(List<List<Int>>)
  Maybe(List<Int?>)
  Named(Batch)
  Many(List<Batch>)
  Quit
end

actor producer(consumer, size :: Int) do
  let nums = List.map(List.reverse(build(size, [])), fn x -> x * x end)
  send(consumer, Numbers(nums))
  send(consumer, Grid([List.take(nums, 2), [], List.drop(nums, size - 1)]))
  send(consumer, Maybe([Some(1), None, Some(size)]))
  let b = Batch { id: 7, tags: ["hot", "new"], parts: [("bolt", 4), ("nut", 8)] }
  send(consumer, Named(b))
  send(consumer, Many([b, %{b | id: 8, tags: []}]))
  send(consumer, Quit)
end

fn build(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do
    acc
  else
    build(n - 1, List.prepend(acc, n))
  end
end

actor consumer(boss, jobs :: List<Job>) do
  receive do
    Quit -> finish(boss, jobs)
    job -> consumer(boss, List.append(jobs, job))
  end
end

fn finish(boss, jobs :: List<Job>) do
  Timer.sleep(50)
  send(boss, List.map(jobs, describe))
end

fn describe(job :: Job) -> String do
  case job do
    Numbers(xs) -> "numbers: ${List.length(xs)} items, sum ${sum(xs)}, first ${List.take(xs, 3)}"
    Grid(rows) -> "grid: ${rows}"
    Maybe(opts) -> "options: ${count(opts)} present of ${List.length(opts)}"
    Named(b) -> "batch ${b}"
    Many(bs) -> "many: ${List.map(bs, fn(b :: Batch) -> b.id end)} ${bs}"
    Quit -> "quit"
  end
end

fn sum(xs :: List<Int>) -> Int do
  List.reduce(xs, 0, fn acc, x -> acc + x end)
end

fn count(opts :: List<Int?>) -> Int do
  List.length(List.filter(opts, fn o -> o != None end))
end

fn main() do
  let c = spawn(consumer, self(), [])
  let p = spawn(producer, c, 1000)
  let m = Process.monitor(p)
  let lines = receive do
    seen -> seen
  end
  List.each(lines, fn line -> println(line) end)
  let down = receive do
    Down(r, _, reason) when r == m -> "producer ended: ${reason}"
  after 1000 -> "no down"
  end
  println(down)

  let printer = spawn(shower)
  let pm = Process.monitor(printer)
  let echo = spawn(echo_back, printer)
  send(echo, ([1, 2], [("a", [true]), ("b", [])], Some(["x", "y"])))
  receive do
    Down(r, _, reason) when r == pm -> println("printer ended: ${reason}")
  end
end

actor echo_back(next) do
  receive do
    (xs, pairs, maybe) -> send(next, (List.append(xs, 3), pairs, maybe))
  end
end

actor shower() do
  receive do
    (xs, pairs, maybe) -> show(xs, pairs, maybe)
  end
end

fn show(xs :: List<Int>, pairs :: List<(String, List<Bool>)>, maybe :: Option<List<String>>) do
  println("echoed ${xs}")
  List.each(pairs, fn((k, v)) -> println("  ${k} -> ${v}") end)
  case maybe do
    Some(ws) -> println("  words ${ws}")
    None -> println("  no words")
  end
end
