# expect-error: E0001
# expect-text: expected Int for argument 1 of `push`, found String
# What a closure captures has one type: `push` adds to the parameter `items`, so
# its argument is tied to the element type of `items` and it is not generalised.

fn pushed(items) do
  let push = fn x -> List.append(items, x) end
  (push(1), push("one"))
end

fn main() do
  println("${pushed([0])}")
end
