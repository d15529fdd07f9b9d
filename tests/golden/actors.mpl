# Codegen snapshot: an actor with an argument, spawn, send and receive.

actor echo(prefix :: String) do
  receive do
    n -> println("${prefix} ${n}")
  end
end

fn main() do
  let pid = spawn(echo, "got")
  send(pid, 7)
end
