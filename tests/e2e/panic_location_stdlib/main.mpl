# A panic inside a standard-library function is reported at the Mesh call that
# reached it (file and line), wherever that call is: in an actor, in a closure,
# in another module. Before, such panics said `<runtime>:0`.
import Picks

actor shout(words :: List<String>) do
  # the actor dies; main goes on
  println(String.to_upper(List.get(words, 5)))
end

actor tails(lists :: List<List<Int>>) do
  let ts = List.map(lists, fn xs ->
    List.tail(xs)
  end)
  println("not reached ${ts}")
end

fn main() do
  spawn(shout, ["a", "b"])
  Timer.sleep(50)
  spawn(tails, [[1], []])
  Timer.sleep(50)
  let firsts = List.map([[1], [2, 3]], fn xs -> List.head(xs) end)
  println("firsts: ${firsts}")
  println("last: ${Picks.last_of([1, 2, 3])}")
  println("last: ${Picks.last_of([])}")
  println("not reached")
end
