# A restart watcher in the shape of seed 003: the pipeline's services are monitored by a
# watcher spawned with `spawn pipeline_watcher(...)`; `receive()` takes the DOWN of whichever
# crashed; the watcher restarts them all (one-for-all) and re-registers the registry service.

service RateLimiter do
  fn init(limit :: Int) -> Int do
    limit
  end

  call Allow(n :: Int) :: Bool do |limit|
    (limit, n <= limit)
  end

  cast Crash() do |limit|
    limit / (limit - limit)
  end
end

service StorageWriter do
  fn init(name :: String) -> List<String> do
    [name]
  end

  call Write(line :: String) :: Int do |lines|
    let next = List.append(lines, line)
    (next, List.length(next) - 1)
  end

  cast Crash() do |lines|
    List.drop(lines, 100 / (List.length(lines) - List.length(lines)))
  end
end

service PipelineRegistry do
  fn init(limiter :: Pid<RateLimiter>, writer :: Pid<StorageWriter>) -> (Pid<RateLimiter>, Pid<StorageWriter>) do
    (limiter, writer)
  end

  call GetRateLimiter() :: Pid<RateLimiter> do |state|
    let (limiter, _) = state
    (state, limiter)
  end

  call GetWriter() :: Pid<StorageWriter> do |state|
    let (_, writer) = state
    (state, writer)
  end
end

fn start_services(limit :: Int) -> Pid<PipelineRegistry> do
  let limiter = RateLimiter.start(limit)
  let writer = StorageWriter.start("events")
  PipelineRegistry.start(limiter, writer)
end

# Watcher actor: monitors the services and restarts them when one crashes.
fn pipeline_watcher(limit :: Int, registry_pid :: Pid) do
  let rl_pid = PipelineRegistry.get_rate_limiter(registry_pid)
  let wr_pid = PipelineRegistry.get_writer(registry_pid)
  let rl_ref = Process.monitor(rl_pid)
  let wr_ref = Process.monitor(wr_pid)
  watch_loop(limit, registry_pid, rl_ref, wr_ref, 1)
end

fn watch_loop(limit :: Int, registry_pid :: Pid, rl_ref :: Int, wr_ref :: Int, round :: Int) do
  # Receive any message (the DOWN of the service that crashed arrives here)
  let msg = receive()
  println("[watcher] service DOWN detected, restarting (round ${round})")
  # one_for_all: stop what is left of the old pipeline, then start a new one
  let _ = Process.demonitor(rl_ref)
  let _ = Process.demonitor(wr_ref)
  Process.exit(PipelineRegistry.get_rate_limiter(registry_pid), Shutdown)
  Process.exit(PipelineRegistry.get_writer(registry_pid), Shutdown)
  let _ = Process.unregister("pipeline_registry")
  Process.exit(registry_pid, Shutdown)
  let new_registry = start_services(limit)
  let new_rl = Process.monitor(PipelineRegistry.get_rate_limiter(new_registry))
  let new_wr = Process.monitor(PipelineRegistry.get_writer(new_registry))
  println("[watcher] services restarted")
  let _ = Process.register("pipeline_registry", new_registry)
  watch_loop(limit, new_registry, new_rl, new_wr, round + 1)
end

fn registry() -> Pid<PipelineRegistry> do
  Process.whereis("pipeline_registry")
end

fn ingest(event :: String, size :: Int) do
  let reg = registry()
  if RateLimiter.allow(PipelineRegistry.get_rate_limiter(reg), size) do
    let n = StorageWriter.write(PipelineRegistry.get_writer(reg), event)
    println("[main] stored ${event} as #${n}")
  else
    println("[main] rate limited ${event}")
  end
end

# Waits until the watcher has registered a registry other than `old`.
fn await_restart(old :: Pid<PipelineRegistry>) -> Pid<PipelineRegistry> do
  let current = registry()
  if current != old and Process.alive(current) do
    current
  else
    Timer.sleep(5)
    await_restart(old)
  end
end

fn main() do
  let first = start_services(3)
  let _ = Process.register("pipeline_registry", first)
  spawn pipeline_watcher(3, first)
  println("[main] pipeline started")
  ingest("a", 1)
  ingest("b", 5)
  ingest("c", 2)
  StorageWriter.crash(PipelineRegistry.get_writer(first))
  let second = await_restart(first)
  println("[main] new pipeline up, old registry gone: ${Process.alive(PipelineRegistry.get_writer(second)) and not Process.alive(first)}")
  ingest("d", 1)
  RateLimiter.crash(PipelineRegistry.get_rate_limiter(second))
  let third = await_restart(second)
  ingest("e", 3)
  ingest("f", 2)
  println("[main] done after ${List.length([first, second, third])} pipelines")
end
