using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// Compiled code is preemptible however it loops: with a single worker, three busy actors (a self
/// tail call loop, a <c>for</c> loop and a non-tail recursion, whose reduction ticks codegen places
/// lazily before calls and backward jumps) cannot keep a ping-pong pair from finishing first.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public class PreemptionTests
{
    private const string Program = """
# Three busy actors that never receive: a self tail call loop, a for loop and a
# non-tail recursion. With one worker, ping-pong must still finish first.

actor looper(boss, n :: Int, acc :: Int) do
  if n == 0 do
    send(boss, "looper ${acc}")
  else
    looper(boss, n - 1, acc + n % 7)
  end
end

actor counter(boss, n :: Int) do
  let hits = for i in 0..n when i % 1000003 == 7 do i end
  send(boss, "counter ${List.length(hits)}")
end

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

actor recurser(boss, n :: Int) do
  send(boss, "recurser ${fib(n)}")
end

actor ping(boss, partner, left :: Int) do
  send(partner, (self(), left))
  receive do
    0 -> send(boss, "ping-pong finished")
    n -> ping(boss, partner, n - 1)
  end
end

actor pong(seen :: Int) do
  receive do
    (from, 0) -> send(from, 0)
    (from, n) -> pong(reply(from, n, seen))
  end
end

fn reply(from, n :: Int, seen :: Int) -> Int do
  send(from, n)
  seen + 1
end

fn main() do
  spawn(looper, self(), 30000000, 0)
  spawn(counter, self(), 30000000)
  spawn(recurser, self(), 30)
  let po = spawn(pong, 0)
  spawn(ping, self(), po, 100)
  receive do
    first -> println("first: ${first}")
  end
end
""";

    [Test]
    public void BusyActorsOfEveryLoopShape_DoNotStarvePingPong_OneWorker()
    {
        using var temp = new TempDir("preempt-shapes");
        var project = Path.Combine(temp.Path, "shapes");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "main.mpl"), Program);
        var build = Meshc.Build(temp.Path, "shapes");
        if (build.TimedOut || build.ExitCode != 0)
        {
            Assert.Fail(build.Describe("meshc build shapes"));
        }
        var env = new Dictionary<string, string?> { ["MESH_WORKERS"] = "1" };
        var run = ProcessRunner.Run(Path.Combine(project, "shapes"), [], project, TimeSpan.FromSeconds(120), env);
        Assert.That(run.ExitCode, Is.Zero, run.Describe("shapes"));
        Assert.That(run.Stdout, Is.EqualTo("first: ping-pong finished\n"), run.Describe("shapes"));
    }
}
