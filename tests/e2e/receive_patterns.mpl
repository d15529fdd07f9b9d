# receive arms that match Int and String literals and bind variables.
# `numbers` loops (an actor calling itself in tail position waits for the next
# message) until it gets -1; only then does it send `words` its messages, so
# the two actors never print at the same time.

actor numbers(out) do
  receive do
    0 -> numbers(note("numbers: zero", out))
    42 -> numbers(note("numbers: the answer", out))
    -1 -> finish(out, self())
    n -> numbers(note("numbers: just ${n}", out))
  end
end

actor words(seen :: Int) do
  receive do
    "ping" -> words(heard("words: ping -> pong", seen))
    "stop" -> stopped(seen, self())
    other -> words(heard("words: no idea what '${other}' means", seen))
  end
end

fn note(line :: String, out) do
  println(line)
  out
end

fn heard(line :: String, seen :: Int) -> Int do
  println(line)
  seen + 1
end

fn finish(out, me) do
  println("numbers: done")
  send(out, "ping")
  send(out, "hello")
  send(out, "stop")
  me
end

fn stopped(seen :: Int, me) do
  println("words: stopping after ${seen} messages")
  me
end

fn main() do
  println("receive patterns")
  let w = spawn(words, 0)
  let n = spawn(numbers, w)
  send(n, 0)
  send(n, 42)
  send(n, 7)
  send(n, -1)
end
