# The part of the Queue module written in Mesh (new, push, pop, peek, size, to_list are in the
# runtime). `Queue.from_list(xs)` is Erlang's queue:from_list and Gleam's queue.from_list.

# A queue holding the items in list order: the head of the list is the front.
pub fn from_list<T>(items :: List<T>) -> Queue<T> do
  List.reduce(items, Queue.new(), fn q, item -> Queue.push(q, item) end)
end
