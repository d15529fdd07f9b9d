using System.Collections.Concurrent;
using System.Diagnostics;
using Mesh.Runtime.Actors;
using Mesh.Runtime.IO;
using Mesh.Runtime.Native;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// The M:N scheduler: N worker threads take runnable actors from a shared run
/// queue and resume their coroutines with the native switch. When a coroutine
/// switches back, the worker finishes the state change the actor asked for
/// (yield, wait, exit, crash) *after* the actor is off its stack, so no other
/// worker can resume a coroutine that is still running.
///
/// Termination: <see cref="s_live"/> counts everything that can still make
/// progress: actors that are runnable or running, and actors waiting with an armed
/// timer. It reaches zero exactly when no actor can ever run again; the program
/// is then over (status 0 if the main actor has returned).
/// </summary>
internal static unsafe class Scheduler
{
    private static readonly ConcurrentQueue<Actor> s_runQueue = new();
    private static readonly SemaphoreSlim s_wake = new(0, int.MaxValue);
    private static int s_sleepers;

    private static readonly ConcurrentDictionary<long, Actor> s_actors = new();
    private static long s_nextPid;
    private static long s_live;

    private static volatile bool s_mainExited;
    private static int s_exitStatus;
    private static readonly ManualResetEventSlim s_done = new(false);

    public static int WorkerCount { get; private set; }

    /// <summary>Runs <paramref name="mainEntry"/> as the main actor; returns the process exit status.</summary>
    public static int Run(nint mainEntry, int workers)
    {
        WorkerCount = workers;
        NativeMethods.InstallOverflowHandler();
        Timers.Start();
        Spawn(mainEntry, null, isMain: true);
        for (int i = 0; i < workers; i++)
        {
            var t = new Thread(WorkerLoop, 1024 * 1024) { IsBackground = true, Name = "mesh-worker-" + i };
            t.Start();
        }
        s_done.Wait();
        StdOut.Flush();
        return s_exitStatus;
    }

    public static long Spawn(nint entry, Message* args, bool isMain = false)
    {
        long pid = Interlocked.Increment(ref s_nextPid);
        var actor = new Actor(pid, entry, args, isMain);
        s_actors[pid] = actor;
        Interlocked.Increment(ref s_live);
        Enqueue(actor);
        return pid;
    }

    public static Actor? Lookup(long pid) => s_actors.TryGetValue(pid, out var a) ? a : null;

    private static void Enqueue(Actor actor)
    {
        s_runQueue.Enqueue(actor);
        if (Volatile.Read(ref s_sleepers) > 0) WakeOne();
    }

    private static void WakeOne()
    {
        while (true)
        {
            int s = Volatile.Read(ref s_sleepers);
            if (s == 0) return;
            if (Interlocked.CompareExchange(ref s_sleepers, s - 1, s) == s)
            {
                s_wake.Release();
                return;
            }
        }
    }

    private static Actor? Take()
    {
        if (s_runQueue.TryDequeue(out var a)) return a;
        StdOut.FlushIfDirty();
        while (true)
        {
            Interlocked.Increment(ref s_sleepers);
            if (s_runQueue.TryDequeue(out a))
            {
                // Withdraw the sleeper registration; if a waker already took it,
                // a spare permit stays in the semaphore (one spurious wake-up).
                WithdrawSleeper();
                return a;
            }
            s_wake.Wait();
            if (s_runQueue.TryDequeue(out a)) return a;
        }
    }

    private static void WithdrawSleeper()
    {
        while (true)
        {
            int s = Volatile.Read(ref s_sleepers);
            if (s == 0) return;
            if (Interlocked.CompareExchange(ref s_sleepers, s - 1, s) == s) return;
        }
    }

    private static void WorkerLoop()
    {
        NativeMethods.ThreadInit();
        while (true)
        {
            var actor = Take();
            if (actor == null) continue;
            if (actor.Coro == 0)
            {
                actor.Coro = NativeMethods.CoroNew(actor.Entry, (nint)actor.Args);
                if (actor.Coro == 0)
                {
                    StdOut.WriteStdErr($"Mesh runtime: cannot allocate a stack for actor {actor.Pid}\n");
                    Terminate(actor, "out of memory");
                    continue;
                }
            }
            actor.State = ActorState.Running;
            Actor.Current = actor;
            int reason = NativeMethods.CoroResume(actor.Coro);
            Actor.Current = null;
            switch (reason)
            {
                case NativeMethods.SuspendYield:
                    actor.State = ActorState.Runnable;
                    Enqueue(actor);
                    break;
                case NativeMethods.SuspendWait:
                    FinishWait(actor);
                    break;
                case NativeMethods.SuspendPanic:
                    Terminate(actor, actor.CrashReason ?? "panic");
                    break;
                default:
                    Terminate(actor, null);
                    break;
            }
        }
    }

    // ---- receive ----------------------------------------------------------

    /// <summary>
    /// Start of mesh_receive_wait, on the actor's own stack: 1 if a message beyond
    /// <paramref name="seen"/> is already there, 0 for an expired timeout, 2 to suspend.
    ///
    /// The timeout counts from the start of the receive, not from each call: generated
    /// code scans the mailbox, and when no arm matches calls mesh_receive_wait(seen, t)
    /// again with a larger <paramref name="seen"/> and the same t. A call continues the
    /// previous deadline when the previous call reported a message (1), nothing was
    /// removed from the mailbox since, <paramref name="seen"/> grew and the timeout is
    /// the same: exactly the retries of one receive (any receive ends by removing a
    /// message or by timing out, both of which start the next one afresh).
    /// </summary>
    public static long WaitBegin(Actor actor, long seen, long timeoutMs)
    {
        bool timed = timeoutMs > 0;
        long deadline = 0;
        if (timed)
        {
            if (actor.ReceiveDeadlineValid && seen > actor.ReceiveSeen && timeoutMs == actor.ReceiveTimeout)
            {
                deadline = actor.ReceiveDeadline;
            }
            else
            {
                deadline = timeoutMs >= long.MaxValue / Stopwatch.Frequency
                    ? long.MaxValue
                    : Stopwatch.GetTimestamp() + timeoutMs * Stopwatch.Frequency / 1000;
            }
            actor.ReceiveSeen = seen;
            actor.ReceiveTimeout = timeoutMs;
            actor.ReceiveDeadline = deadline;
        }
        actor.ReceiveDeadlineValid = false;

        actor.Sync.Enter();
        try
        {
            if (actor.Mailbox.Count > seen)
            {
                actor.ReceiveDeadlineValid = timed;
                return 1;
            }
            if (timeoutMs == 0 || (timed && Stopwatch.GetTimestamp() >= deadline)) return 0;
            actor.WaitSeen = seen;
            actor.WaitTimed = timed;
            actor.WaitDeadline = deadline;
            actor.WaitResult = 0;
            return 2;
        }
        finally
        {
            actor.Sync.Exit();
        }
    }

    /// <summary>End of mesh_receive_wait, after the actor was resumed.</summary>
    public static long WaitResult(Actor actor)
    {
        long r = actor.WaitResult;
        actor.ReceiveDeadlineValid = r == 1 && actor.WaitTimed;
        return r;
    }

    /// <summary>The worker's half of a wait, once the actor is off its stack.</summary>
    private static void FinishWait(Actor actor)
    {
        bool requeue = false, parkedForever = false;
        actor.Sync.Enter();
        try
        {
            if (actor.Mailbox.Count > actor.WaitSeen)
            {
                actor.WaitResult = 1;
                actor.State = ActorState.Runnable;
                requeue = true;
            }
            else
            {
                actor.State = ActorState.Waiting;
                long seq = ++actor.WaitSeq;
                if (actor.WaitTimed) Timers.Add(actor, seq, actor.WaitDeadline); // the timer keeps it live
                else parkedForever = true;
            }
        }
        finally
        {
            actor.Sync.Exit();
        }
        if (requeue) Enqueue(actor);
        else if (parkedForever) DecrementLive();
    }

    public static void TimerFired(Actor actor, long seq)
    {
        actor.Sync.Enter();
        try
        {
            if (actor.State != ActorState.Waiting || actor.WaitSeq != seq) return;
            actor.WaitResult = 0;
            actor.State = ActorState.Runnable;
            actor.WaitSeq++;
        }
        finally
        {
            actor.Sync.Exit();
        }
        Enqueue(actor); // the timer's share of s_live passes to the runnable actor
    }

    // ---- send ---------------------------------------------------------------

    public static void Send(long pid, Message* msg)
    {
        var target = Lookup(pid);
        if (target == null)
        {
            Message.Free(msg);
            return;
        }
        bool wake = false, countLive = false;
        target.Sync.Enter();
        try
        {
            if (target.State == ActorState.Dead)
            {
                wake = false;
            }
            else
            {
                target.Mailbox.Add((nint)msg);
                msg = null;
                if (target.State == ActorState.Waiting && target.Mailbox.Count > target.WaitSeen)
                {
                    target.WaitResult = 1;
                    target.State = ActorState.Runnable;
                    target.WaitSeq++; // a pending timer entry is now stale
                    countLive = !target.WaitTimed;
                    wake = true;
                }
            }
        }
        finally
        {
            target.Sync.Exit();
        }
        if (msg != null) Message.Free(msg);
        if (wake)
        {
            if (countLive) Interlocked.Increment(ref s_live);
            Enqueue(target);
        }
    }

    // ---- exit -----------------------------------------------------------------

    private static void Terminate(Actor actor, string? crash)
    {
        nint[] pending;
        actor.Sync.Enter();
        try
        {
            actor.State = ActorState.Dead;
            actor.CrashReason = crash;
            pending = actor.Mailbox.DrainAll();
        }
        finally
        {
            actor.Sync.Exit();
        }
        s_actors.TryRemove(actor.Pid, out _);
        foreach (var m in pending) Message.Free((Message*)m);
        Message.Free(actor.Args);
        actor.Args = null;
        actor.Heap.Release();
        if (actor.Coro != 0)
        {
            NativeMethods.CoroFree(actor.Coro);
            actor.Coro = 0;
        }
        if (actor.IsMain) s_mainExited = true;
        DecrementLive();
    }

    private static void DecrementLive()
    {
        if (Interlocked.Decrement(ref s_live) != 0) return;
        // Nothing can run any more: no runnable or running actor, no armed timer.
        if (s_mainExited)
        {
            s_exitStatus = 0;
        }
        else
        {
            StdOut.WriteStdErr("Mesh runtime: deadlock: the main actor is waiting in receive and no actor or timer can wake it\n");
            s_exitStatus = 1;
        }
        s_done.Set();
    }
}
