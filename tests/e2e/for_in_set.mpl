# for over a Set (insertion order), a Queue, and Range values (not only literal ranges).

fn main() do
  let s = Set.add(Set.add(Set.add(Set.new(), 10), 20), 30)
  let elems = for x in s do
    x + 1
  end
  println("${elems}")
  let filtered = for x in s when x > 10 do
    x
  end
  println("${filtered} ${for x in Set.new() do x end}")
  let q = Queue.push(Queue.push(Queue.new(), "a"), "b")
  println("${for x in q do "<${x}>" end}")
  let r = Range.new(2, 6)
  let squares = for i in r do
    i * i
  end
  println("${squares}")
  let empty = 5..1
  println("${for i in empty do i end}")
  let upto = for i in 0..100 do
    if i == 3 do
      break
    end
    i
  end
  println("${upto}")
end
