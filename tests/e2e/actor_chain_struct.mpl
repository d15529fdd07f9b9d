# A chain of 500 actors passes a struct along; every actor returns an
# updated copy (a counter, a String that grows, an Option and a sum type)
# to the next one. Only the final actor prints.

type Stage do
  Start
  Middle(Int)
  Finish(String)
end deriving(Eq, Display)

struct Token do
  hops :: Int
  trail :: String
  biggest :: Int?
  stage :: Stage
end deriving(Eq, Display)

actor finish_line() do
  receive do
    t -> report(t)
  end
end

actor hop(next, id :: Int) do
  receive do
    t -> send(next, visit(t, id))
  end
end

fn visit(t :: Token, id :: Int) -> Token do
  let trail = if id % 100 == 0 do
    t.trail <> "|" <> "${id}"
  else
    t.trail
  end
  let biggest = case t.biggest do
    Some(b) when b > id -> Some(b)
    _ -> Some(id)
  end
  let stage = case t.stage do
    Start -> Middle(id)
    Middle(first) when id == 500 -> Finish("from ${first}")
    other -> other
  end
  %{t | hops: t.hops + 1, trail: trail, biggest: biggest, stage: stage}
end

fn report(t :: Token) do
  println("hops: ${t.hops}")
  println("trail: ${t.trail}")
  println("biggest: ${t.biggest}")
  println("stage: ${t.stage}")
end

fn build(next, n :: Int) do
  if n == 0 do
    next
  else
    build(spawn(hop, next, n), n - 1)
  end
end

fn main() do
  let last = spawn(finish_line)
  let first = build(last, 500)
  send(first, Token { hops: 0, trail: "start", biggest: None, stage: Start })
end
