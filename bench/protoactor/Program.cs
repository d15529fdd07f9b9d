// The Proto.Actor side of bench/actors.sh: the same workloads as bench/mesh/<name>/main.mpl and
// bench/erlang/bench.erl, each verifying its result (a wrong count or sum prints FAIL and exits 1).
// Usage: ProtoBench spawn_exit N | idle_actors N | pingpong R | fanin S M
using Proto;

var name = args.Length > 0 ? args[0] : "";
var n = args.Skip(1).Select(long.Parse).ToArray();
var system = new ActorSystem();

// Warm-up: one small run of the same benchmark first (output discarded), so that the timed run
// measures the actors and not the JIT compiling them (BEAM loads precompiled code).
if (name != "idle_actors")
{
    var stdout = Console.Out;
    Console.SetOut(TextWriter.Null);
    await Run(name, [1000, 10]);
    Console.SetOut(stdout);
}
return await Run(name, n) ? 0 : 1;

Task<bool> Run(string bench, long[] a) => bench switch
{
    "spawn_exit" => Bench.SpawnExit(system, a[0]),
    "idle_actors" => Bench.IdleActors(system, a[0]),
    "pingpong" => Bench.PingPong(system, a[0]),
    "fanin" => Bench.FanIn(system, a[0], a[1]),
    _ => throw new ArgumentException($"unknown benchmark '{bench}'"),
};

record Ping(PID From, long N);

record Ready;

static class Bench
{
    /// <summary>Each benchmark prints "elapsed_ms T": the time from its first spawn to its last result.</summary>
    static void Elapsed(System.Diagnostics.Stopwatch t) => Console.WriteLine($"elapsed_ms {t.ElapsedMilliseconds}");

    static bool Report(bool ok, string text)
    {
        Console.WriteLine((ok ? "ok " : "FAIL ") + text);
        return ok;
    }

    /// <summary>An actor that receives <paramref name="count"/> longs and completes with their sum.</summary>
    static (PID, Task<long>) Collector(ActorSystem system, long count)
    {
        var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        long left = count, sum = 0;
        var pid = system.Root.Spawn(Props.FromFunc(ctx =>
        {
            if (ctx.Message is long v)
            {
                sum += v;
                if (--left == 0) done.SetResult(sum);
            }
            return Task.CompletedTask;
        }));
        if (count == 0) done.SetResult(0);
        return (pid, done.Task);
    }

    // P1: spawn + one message + exit; each worker sends its number back and stops itself.
    public static async Task<bool> SpawnExit(ActorSystem system, long n)
    {
        var t = System.Diagnostics.Stopwatch.StartNew();
        var (collector, sum) = Collector(system, n);
        var props = Props.FromFunc(ctx =>
        {
            if (ctx.Message is long v)
            {
                ctx.Send(collector, v);
                ctx.Stop(ctx.Self);
            }
            return Task.CompletedTask;
        });
        for (long i = 1; i <= n; i++) system.Root.Send(system.Root.Spawn(props), i);
        long s = await sum;
        Elapsed(t);
        return Report(s == n * (n + 1) / 2, $"spawn_exit {n} actors, sum {s}");
    }

    static long StatusKb(string key) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(key))[key.Length..].Replace("kB", "").Trim());

    // P2: N idle actors in a chain, each tells a counter it has started, then waits for the token.
    public static async Task<bool> IdleActors(ActorSystem system, long n)
    {
        long before = StatusKb("VmRSS:");
        var (ready, allReady) = Collector(system, n);
        var token = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var next = system.Root.Spawn(Props.FromFunc(ctx =>
        {
            if (ctx.Message is long t) token.SetResult(t);
            return Task.CompletedTask;
        }));
        for (long i = 0; i < n; i++)
        {
            var after = next;
            next = system.Root.Spawn(Props.FromFunc(ctx =>
            {
                switch (ctx.Message)
                {
                    case Started:
                        ctx.Send(ready, 1L);
                        break;
                    case long t:
                        ctx.Send(after, t + 1);
                        ctx.Stop(ctx.Self);
                        break;
                }
                return Task.CompletedTask;
            }));
        }
        await allReady;
        // Let the runtime drop what spawning left behind (as BEAM's per-process GC and Mesh's
        // freeing do), so the figure is the steady cost of the idle actors.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        await Task.Delay(200);
        long idle = StatusKb("VmRSS:"), hwm = StatusKb("VmHWM:");
        Console.WriteLine($"rss_before_kb {before}\nrss_idle_kb {idle}\nhwm_kb {hwm}");
        system.Root.Send(next, 0L);
        long tk = await token.Task;
        return Report(tk == n, $"idle_actors {n}, token {tk}");
    }

    // P3a: ping-pong, R round trips; the pinger checks every reply.
    public static async Task<bool> PingPong(ActorSystem system, long rounds)
    {
        var t = System.Diagnostics.Stopwatch.StartNew();
        var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pong = system.Root.Spawn(Props.FromFunc(ctx =>
        {
            if (ctx.Message is Ping p)
            {
                ctx.Send(p.From, p.N);
                if (p.N == 0) ctx.Stop(ctx.Self);
            }
            return Task.CompletedTask;
        }));
        long i = 1, good = 0;
        var ping = system.Root.Spawn(Props.FromFunc(ctx =>
        {
            switch (ctx.Message)
            {
                case Started:
                    ctx.Send(pong, new Ping(ctx.Self, rounds == 0 ? 0 : 1));
                    break;
                case long v when i > rounds:
                    done.SetResult(good);
                    break;
                case long v:
                    if (v == i) good++;
                    i++;
                    ctx.Send(pong, new Ping(ctx.Self, i > rounds ? 0 : i));
                    break;
            }
            return Task.CompletedTask;
        }));
        long g = await done.Task;
        Elapsed(t);
        return Report(g == rounds, $"pingpong {g} of {rounds}");
    }

    // P3b: fan-in, S senders x M messages to one sink (values 1..S*M, each once).
    public static async Task<bool> FanIn(ActorSystem system, long s, long m)
    {
        long total = s * m;
        var t = System.Diagnostics.Stopwatch.StartNew();
        var (sink, sum) = Collector(system, total);
        var props = Props.FromFunc(ctx =>
        {
            if (ctx.Message is long b)
                for (long k = 1; k <= m; k++) ctx.Send(sink, b + k);
            return Task.CompletedTask;
        });
        for (long i = 0; i < s; i++) system.Root.Send(system.Root.Spawn(props), i * m);
        long got = await sum;
        Elapsed(t);
        return Report(got == total * (total + 1) / 2, $"fanin {total} messages, sum {got}");
    }
}
