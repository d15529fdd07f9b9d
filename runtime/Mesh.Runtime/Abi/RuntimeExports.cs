using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Actors;
using Mesh.Runtime.IO;
using Mesh.Runtime.Memory;
using Mesh.Runtime.Native;
using Mesh.Runtime.Scheduling;

namespace Mesh.Runtime.Abi;

/// <summary>
/// Process start, memory and the C# halves of the native blocking calls.
/// Rule for every export here: it returns before any coroutine switch (it never
/// blocks, never yields); see runtime/README.md.
/// </summary>
public static unsafe class RuntimeExports
{
    private static int s_started;

    /// <summary>argc/argv as given to the C main (for the future Env module).</summary>
    public static int Argc { get; private set; }
    public static byte** Argv { get; private set; }

    /// <summary>
    /// Called by the generated C main: starts the scheduler, runs main_entry(NULL)
    /// as the main actor, returns the exit status once no actor can run any more.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_main")]
    public static int Main(int argc, byte** argv, delegate* unmanaged<void*, void> mainEntry)
    {
        if (Interlocked.Exchange(ref s_started, 1) != 0) return 70;
        Argc = argc;
        Argv = argv;
        StdOut.Init();
        int workers = Environment.ProcessorCount;
        var env = Environment.GetEnvironmentVariable("MESH_WORKERS");
        if (env != null && int.TryParse(env, out int n) && n > 0) workers = Math.Min(n, 1024);
        long stackKib = 256;
        var stackEnv = Environment.GetEnvironmentVariable("MESH_STACK_KIB");
        if (stackEnv != null && long.TryParse(stackEnv, out long kib) && kib >= 16 && kib <= 1024 * 1024) stackKib = kib;
        NativeMethods.CoroConfigure(stackKib * 1024, 20000);
        NativeMethods.StackBytes = stackKib * 1024;
        return Scheduler.Run((nint)mainEntry, workers);
    }

    /// <summary>Zeroed, 8-byte aligned memory owned by the current actor.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_alloc")]
    public static void* Alloc(long size) => Heaps.Alloc(size);

    /// <summary>Test hook: a full blocking GC from inside a runtime call on an actor's stack.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_debug_gc")]
    public static void DebugGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>C# half of mesh_receive_wait: 1 = message there, 0 = timed out (poll), 2 = suspend.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_wait_begin")]
    public static long WaitBegin(long seen, long timeoutMs)
    {
        var actor = Actor.Current;
        if (actor == null) return 0;
        return Scheduler.WaitBegin(actor, seen, timeoutMs);
    }

    /// <summary>After the actor is resumed: 1 if a message arrived, 0 if the timeout fired.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_wait_result")]
    public static long WaitResult()
    {
        var actor = Actor.Current;
        return actor == null ? 0 : Scheduler.WaitResult(actor);
    }

    /// <summary>
    /// C# half of mesh_panic: reports the panic on stderr at file:line:column (file:line when the
    /// column is 0, unknown), after flushing stdout.
    /// Returns 1 when the process must exit with status 101 (main actor, or no actor).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_panic_record")]
    public static int PanicRecord(byte* msg, long len, byte* file, long flen, int line, int column)
    {
        var text = new StringBuilder();
        text.Append("Mesh panic at ");
        text.Append(Utf8(file, flen)).Append(':').Append(line);
        if (column > 0)
        {
            text.Append(':').Append(column);
        }
        text.Append(": ");
        text.Append(Utf8(msg, len)).Append('\n');
        var actor = Actor.Current;
        StdOut.WriteStdErr(text.ToString());
        if (actor == null || actor.IsMain)
        {
            StdOut.Flush();
            return 1;
        }
        actor.CrashReason = Utf8(msg, len);
        return 0;
    }

    /// <summary>
    /// C# half of mesh_stack_overflow (called on the top of the actor's stack, its frames
    /// discarded): reports the overflow on stderr. Returns 1 when the process must exit with
    /// status 134 (the main actor, or no actor); otherwise the actor ends with
    /// Panic("stack overflow"), or, when <paramref name="inStartFunction"/> is 1 (a supervisor's
    /// start catch, called before its frames are discarded), lives on with a failed child start.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_overflow_record")]
    public static int OverflowRecord(int inStartFunction)
    {
        var actor = Actor.Current;
        long kib = NativeMethods.StackBytes / 1024;
        if (actor == null || actor.IsMain)
        {
            StdOut.Flush();
            StdOut.WriteStdErr($"Mesh runtime: stack overflow in the main actor: it used its whole stack of {kib} KiB (MESH_STACK_KIB sets the size)\n");
            return 1;
        }
        var outcome = inStartFunction != 0
            ? "the child's start function ran there, so that start fails with Panic(\"stack overflow\")"
            : "the actor exits with Panic(\"stack overflow\")";
        StdOut.WriteStdErr($"Mesh panic: stack overflow in actor {actor.Pid}: it used its whole stack of {kib} KiB (MESH_STACK_KIB sets the size); {outcome}\n");
        actor.CrashReason = "stack overflow";
        return 0;
    }

    private static string Utf8(byte* p, long len) =>
        p == null || len <= 0 ? "" : Encoding.UTF8.GetString(p, (int)Math.Min(len, int.MaxValue));
}
