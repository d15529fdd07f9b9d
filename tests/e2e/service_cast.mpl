# A cast returns at once (unit) and its handler's result is the new state. Requests from one
# caller are handled in the order they were sent, so a call after casts sees their effect.

service Log do
  fn init() -> List<String> do
    []
  end

  cast Add(line :: String) do |lines|
    List.append(lines, line)
  end

  cast Clear() do |_lines|
    []
  end

  call Lines() :: List<String> do |lines|
    (lines, lines)
  end
end

fn main() do
  let log = Log.start()
  let r = Log.add(log, "one")
  println("cast returned ${r == ()}")
  Log.add(log, "two")
  Log.add(log, "three")
  println("${Log.lines(log)}")
  Log.clear(log)
  Log.add(log, "four")
  println("${Log.lines(log)}")
end
