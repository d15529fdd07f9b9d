namespace Mesh.Tests.Runtime;

using static RuntimeHarness;

/// <summary>
/// End-to-end tests of the runtime ABI: C programs playing the role of compiled
/// Mesh code, linked with artifacts/runtime/meshrt.link, run as real processes.
/// </summary>
[TestFixture]
[Category("Runtime")]
public class ActorRuntimeTests
{
    [Test]
    public void HelloWorld_PrintsAndFormatsValues()
    {
        var r = Run("hello");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var expected = string.Join("\n",
            "Hello, World!", "int -42", "42", "1000000000000000000000", "0.30000000000000004", "-3.5",
            "inf", "-inf", "NaN", "0.00000015", "123456789012345680", "-0",
            "0." + new string('0', 323) + "5",
            "17976931348623157" + new string('0', 292),
            "true", "false", "1", "0", "-1", "1", "0", "no newline", "1", "0") + "\n";
        Assert.That(r.Stdout, Is.EqualTo(expected));
        Assert.That(r.Stderr, Is.Empty);
    }

    [Test]
    public void ThreeActors_EachReceiveAMessage()
    {
        var r = Run("three_actors");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines.Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "alpha got 10", "beta got 20", "gamma got 30", "sum 660" }));
    }

    [Test]
    public void TenThousandActors_EachReceiveOneMessage()
    {
        var r = Run("many_actors", ["10000"]);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "sum 50005000", "expected 50005000" }));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void StackSlots_SmallActorsShareOnlyPastSixtyFour_DeepOnesKeepTheirs(int workers)
    {
        // 50 live actors get a slot each; 1,000 more with small stacks share slots with
        // small-stack owners instead of touching 1,000 fresh slots (a page fault and an
        // mprotect each); small actors never evict an owner holding 16 KiB of stack.
        var r = Run("stack_slots", env: new Dictionary<string, string> { ["MESH_WORKERS"] = workers.ToString() });
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Has.Length.EqualTo(3));
        Assert.That(r.Lines[0], Is.EqualTo("phase1 slots 50"));
        var phase2 = int.Parse(r.Lines[1].Split(' ')[2]);
        Assert.That(phase2, Is.InRange(50, 80), "slots used by 1,050 live small actors");
        Assert.That(r.Lines[2], Is.EqualTo("phase3 small actors on deep slots 0"));
    }

    [Test]
    public void HundredThousandActors_SpawnAndSend()
    {
        var r = Run("many_actors", ["100000", "noreply"]);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "received 100000" }));
    }

    [Test]
    public void SelectiveReceive_LeavesUnmatchedMessagesInOrder()
    {
        var r = Run("selective");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "tag3 30", "tag2 20", "tag7 700", "1:10", "1:11", "2:21", "empty 1" }));
    }

    [Test]
    public void ReceiveTimeout_FiresOnTime()
    {
        var r = Run("timeout");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[]
        {
            "poll timeout on time", "wait200 timeout on time", "echo message on time", "orphan timeout on time",
        }));
    }

    [Test]
    public void SelectiveReceiveTimeout_IsNotExtendedByUnmatchedMessages()
    {
        var r = Run("selective_timeout");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "result -1", "timed out on time", "second timed out on time" }));
    }

    [Test]
    public void PanicInMain_Exits101WithMessage()
    {
        var r = Run("panic_main");
        Assert.That(r.ExitCode, Is.EqualTo(101));
        Assert.That(r.Stdout, Is.EqualTo("before panic\n"));
        Assert.That(r.Stderr, Is.EqualTo("Mesh panic at main.mpl:3: boom: non-exhaustive match\n"));
    }

    [Test]
    public void PanicInActor_OnlyThatActorDies()
    {
        var r = Run("panic_actor");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "echo says 42", "main still running" }));
        Assert.That(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(Enumerable.Repeat("Mesh panic at worker.mpl:12: crasher failed", 3)));
    }

    /// <summary>C recursion without the stack check: the guard page catches it and the process ends (the backstop).</summary>
    [Test]
    public void StackOverflowInUncheckedCode_EndsTheProcessWithAMessage()
    {
        var r = Run("overflow");
        Assert.That(r.ExitCode, Is.EqualTo(134));
        Assert.That(r.Lines, Is.EqualTo(new[] { "5050", "recursing" }));
        Assert.That(r.Stderr, Does.Contain("stack overflow in an actor, inside a runtime function"));
    }

    /// <summary>
    /// The stack check of generated code finds an overflow: only that actor ends (panic "stack
    /// overflow": DOWN, trapped EXIT, cleanup entry), the others and main go on. With "gc", a full
    /// .NET GC runs inside a runtime call at every level, so the headroom must hold one.
    /// </summary>
    [TestCase("", "1")]
    [TestCase("", "2")]
    [TestCase("", "4")]
    [TestCase("gc", "2")]
    public void StackOverflowInActor_EndsOnlyThatActor(string mode, string workers)
    {
        var r = Run("overflow_actor", env: new Dictionary<string, string> { ["OVERFLOW_MODE"] = mode, ["MESH_WORKERS"] = workers });
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[]
        {
            "cleanup ran", "DOWN 1 stack overflow", "cleanup ran", "EXIT 1 stack overflow",
            "cleanup ran", "cleanup ran", "cleanup ran", "cleanup ran",
            "four DOWNs stack overflow: 4", "echo sum 700", "alive 0", "main continues",
        }));
        Assert.That(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(6)
            .And.All.Contains("stack overflow in actor").And.All.Contains("the actor exits with Panic(\"stack overflow\")"));
    }

    [Test]
    public void StackOverflowInMain_EndsTheProgramWith134()
    {
        var r = Run("overflow_actor", env: new Dictionary<string, string> { ["OVERFLOW_MODE"] = "main" });
        Assert.That(r.ExitCode, Is.EqualTo(134));
        Assert.That(r.Stdout, Is.EqualTo("main recursing\n"));
        Assert.That(r.Stderr, Does.StartWith("Mesh runtime: stack overflow in the main actor: it used its whole stack of 256 KiB"));
    }

    [Test]
    public void ProgramExits_WhenRemainingActorsAreBlockedForever()
    {
        var r = Run("blocked_forever", timeoutSeconds: 20);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines.Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "main done", "waiter ready 0", "waiter ready 1", "waiter ready 2", "waiter ready 3", "waiter ready 4",
        }));
        Assert.That(r.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void MainBlockedForever_IsReportedAsDeadlock()
    {
        var r = Run("blocked_forever", ["deadlock"], timeoutSeconds: 20);
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stderr, Does.Contain("deadlock"));
        Assert.That(r.Lines, Does.Contain("main done"));
    }

    [Test]
    public void IdleProgram_UsesNoCpu()
    {
        var r = Run("idle", env: new Dictionary<string, string> { ["MESH_WORKERS"] = "4" });
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var cpu = int.Parse(r.Lines.Single().Split(' ')[1]);
        Assert.That(r.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(990)));
        Assert.That(cpu, Is.LessThan(250), "CPU ms used by a program that waits for 1 s");
    }

    [Test]
    public void Executable_IsStaticAndNeedsNoSharedLibrary()
    {
        // meshrt.link links static and non-PIE (start-up: no loader, no load-time relocations).
        var exe = Build("hello");
        Assert.That(Mesh.Tests.TestSupport.ElfFile.IsStatic(exe), Is.True, $"{exe} has a program interpreter or a dynamic section");
        Assert.That(Mesh.Tests.TestSupport.ElfFile.ElfType(exe), Is.EqualTo(2), "ET_EXEC (not PIE)");
        var r = Exec("ldd", [exe], null, TimeSpan.FromSeconds(30));
        Assert.That(r.Stdout + r.Stderr, Does.Contain("not a dynamic executable"));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public void MainThreadRunsWorker0_AndReturnsWhenAnotherWorkerEndsTheProgram(int workers)
    {
        var r = Run("main_thread_worker", ["last-elsewhere"], new Dictionary<string, string> { ["MESH_WORKERS"] = workers.ToString() });
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Lines, Is.EqualTo(new[] { "main returns", "after mesh_rt_main: status 0, 200 actors finished" }));
        Assert.That(r.Stderr, Is.Empty);
    }

    [Test]
    public void ProgramEndsAtOnce_WhenTheMainThreadIsBlockedInAnActor()
    {
        // The blocker sleeps 30 s on the main thread; main's abnormal exit on worker 1 must end
        // the process within the runtime's 200 ms grace (status 1, as for any abnormal main exit).
        var r = Run("main_thread_worker", ["main-blocked"], new Dictionary<string, string> { ["MESH_WORKERS"] = "2" });
        Assert.That(r.ExitCode, Is.EqualTo(1), r.Stderr);
        Assert.That(r.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(r.Stderr, Does.Contain("the main actor exited: done while the main thread is busy"));
        Assert.That(r.Lines, Does.Contain("blocker on main thread"), "the blocker never ran on the main thread: the test did not test the fallback");
    }

    [TestCase("4", "2000", "40", "16", "10")]
    [TestCase("2", "1000", "60", "7", "6")]
    [TestCase("4", "3000", "20", "64", "5")]
    public void CoroutineStress_ExactTotalsWithForcedGCs(string workers, string clients, string rounds, string servers, string gcEvery)
    {
        var r = Run("stress", [clients, rounds, servers, gcEvery],
            new Dictionary<string, string> { ["MESH_WORKERS"] = workers }, timeoutSeconds: 120);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        long c = long.Parse(clients), n = long.Parse(rounds);
        long expected = c * n * (n - 1);
        Assert.That(r.Lines, Is.EqualTo(new[]
        {
            $"total {expected}", $"expected {expected}", $"handled {c * n}", "errors 0",
        }));
    }
}
