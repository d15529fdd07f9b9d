# P2: memory per idle actor. N actors (default 1,000,000; first argument) each tell main they
# are ready and block in receive. When all N have reported, main waits 200 ms, reads VmRSS
# and VmHWM from /proc/self/status and prints them with the RSS read before the first spawn.
# Then it checks that every actor is still alive and blocked: the actors form a chain (each
# knows the next one, the last knows main), main sends a token to the head, each actor adds 1
# and passes it on, and main must get back exactly N.
# Output: "rss_before_kb B", "rss_idle_kb A", "hwm_kb H", "idle_actors ok N" (or FAIL, status 1).

actor idler(parent, next) do
  send(parent, 0)
  receive do
    t -> send(next, t + 1)
  end
end

# Spawns i idlers in front of `next`; returns the head of the chain.
fn spawn_chain(i :: Int, me, next) do
  if i == 0 do
    next
  else
    spawn_chain(i - 1, me, spawn(idler, me, next))
  end
end

fn wait_ready(left :: Int) -> Int do
  if left == 0 do
    0
  else
    receive do
      _ -> wait_ready(left - 1)
    end
  end
end

fn status_kb(key :: String) -> Int do
  case File.read("/proc/self/status") do
    Ok(text) -> field_kb(String.split(text, "\n"), key)
    Err(_) -> -1
  end
end

fn field_kb(lines :: List<String>, key :: String) -> Int do
  case List.find(lines, fn l -> String.starts_with(l, key) end) do
    Some(line) -> to_kb(String.replace(String.slice(line, String.length(key), String.length(line)), "kB", ""))
    None -> -1
  end
end

fn to_kb(s :: String) -> Int do
  case String.to_int(String.trim(s)) do
    Some(n) -> n
    None -> -1
  end
end

fn arg_int(default :: Int) -> Int do
  let args = Env.args()
  if List.length(args) > 1 do
    case String.to_int(List.get(args, 1)) do
      Some(n) -> n
      None -> default
    end
  else
    default
  end
end

fn main() do
  let n = arg_int(1000000)
  let before = status_kb("VmRSS:")
  let me = self()
  let head = spawn_chain(n, me, me)
  wait_ready(n)
  Timer.sleep(200)
  let idle = status_kb("VmRSS:")
  let hwm = status_kb("VmHWM:")
  println("rss_before_kb ${before}")
  println("rss_idle_kb ${idle}")
  println("hwm_kb ${hwm}")
  send(head, 0)
  receive do
    t -> finish(t, n)
  end
end

fn finish(t :: Int, n :: Int) do
  if t == n do
    println("idle_actors ok ${n}")
  else
    println("idle_actors FAIL token ${t}, expected ${n}")
    Process.exit(self(), Custom("token lost"))
  end
end
