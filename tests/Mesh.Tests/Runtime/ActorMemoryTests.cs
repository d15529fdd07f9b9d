namespace Mesh.Tests.Runtime;

using static RuntimeHarness;

/// <summary>
/// The per-actor collector (runtime/Mesh.Runtime/Memory/ActorHeap.cs) and the memory cost of
/// actors, through C programs in runtime/tests playing the role of compiled Mesh code.
/// </summary>
[TestFixture]
[Category("Runtime")]
public class ActorMemoryTests
{
    private static Dictionary<string, long> Values(Result r) =>
        r.Lines.Select(l => l.Split(' ')).Where(p => p.Length == 2 && long.TryParse(p[1], out _))
            .ToDictionary(p => p[0], p => long.Parse(p[1]));

    [Test]
    public void GarbageChurn_OneGigabyte_StaysUnder64MbRss()
    {
        var r = Run("gc_churn", ["1024"], timeoutSeconds: 120);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var v = Values(r);
        TestContext.Out.WriteLine(r.Stdout);
        Assert.That(v["errors"], Is.EqualTo(0), "strings kept alive were damaged or lost");
        Assert.That(v["allocated_mb"], Is.GreaterThanOrEqualTo(1024));
        Assert.That(v["collections"], Is.GreaterThan(100));
        Assert.That(v["vmhwm_kb"], Is.LessThan(64 * 1024), "peak RSS (VmHWM) of the whole process");
    }

    [Test]
    public void StringAppends_AreAmortisedAndKeepValuesIndependent()
    {
        // 200,000 appends of 10 bytes with collections in between; copying the accumulator each time
        // would allocate about 1,000,000 heap bytes per byte of the result.
        var r = Run("string_append", ["200000"], timeoutSeconds: 60);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var v = Values(r);
        Assert.That(v["errors"], Is.EqualTo(0), r.Stderr);
        Assert.That(v["allocated_per_byte"], Is.LessThanOrEqualTo(8));
    }

    [TestCase("1", "300")]
    [TestCase("8", "200")]
    [TestCase("32", "60")]
    public void ReachableObjects_SurviveManyCollections(string actors, string rounds)
    {
        var r = Run("gc_lists", [actors, rounds], timeoutSeconds: 120);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "errors 0", "freed ok", "noscan ok" }));
    }

    [Test]
    public void CoroutineStress_WithCollectingHeaps()
    {
        // With a 2 KiB collection threshold every actor collects every few rounds, while its
        // blocks and strings stay alive in locals across sends, receives, yields and migrations.
        var r = Run("stress", ["500", "400", "8", "50"],
            new Dictionary<string, string> { ["MESH_WORKERS"] = "3", ["MESH_GC_MIN_KIB"] = "2" }, timeoutSeconds: 120);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        long expected = 500L * 400 * 399;
        Assert.That(r.Lines, Is.EqualTo(new[] { $"total {expected}", $"expected {expected}", $"handled {500 * 400}", "errors 0" }));
    }

    [TestCase("100000")]
    [TestCase("1000000")]
    public void IdleActors_CostLessThanBeamPerActor(string count)
    {
        // Every actor blocks in receive forever; main measures VmRSS and returns (status 0).
        var r = Run("idle_actors", [count], timeoutSeconds: 180);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var v = Values(r);
        TestContext.Out.WriteLine(r.Stdout);
        Assert.That(v["actors"], Is.EqualTo(long.Parse(count)));
        Assert.That(v["bytes_per_actor"], Is.LessThan(2600), "RSS per idle actor (BEAM: about 2.6 KB)");
    }

    [TestCase("1")]
    [TestCase("3")]
    public void SharedStackSlots_CopyStacksCorrectly(string slots)
    {
        // Far fewer stack slots than actors: stacks are copied out and back in at almost every
        // resume, and workers wait for slots whose owner runs elsewhere.
        var env = new Dictionary<string, string> { ["MESH_STACK_SLOTS"] = slots, ["MESH_WORKERS"] = "4", ["MESH_GC_MIN_KIB"] = "4" };
        var r = Run("stress", ["300", "40", "8", "10"], env, timeoutSeconds: 120);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        long expected = 300L * 40 * 39;
        Assert.That(r.Lines, Is.EqualTo(new[] { $"total {expected}", $"expected {expected}", $"handled {300 * 40}", "errors 0" }));
        var lists = Run("gc_lists", ["8", "60"], env, timeoutSeconds: 120);
        Assert.That(lists.ExitCode, Is.EqualTo(0), lists.Stderr);
        Assert.That(lists.Lines, Is.EqualTo(new[] { "errors 0", "freed ok", "noscan ok" }));
    }
}
