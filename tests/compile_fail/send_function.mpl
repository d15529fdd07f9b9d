# expect-error: E0014
# expect-text: cannot be sent
# Functions cannot travel in messages: processes do not share code pointers
# with meaning (and, later, may live on other machines).

actor worker() do
  receive do
    f -> println("${f(5)}")
  end
end

fn main() do
  let w = spawn(worker)
  send(w, fn x -> x + 1 end)
end
