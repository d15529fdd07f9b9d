using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Mesh.Runtime.Actors;
using Mesh.Runtime.IO;
using Mesh.Runtime.Native;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// The M:N scheduler: N worker threads take runnable actors from their own run
/// queues (stealing from each other, see <see cref="RunQueues"/>) and resume their
/// coroutines with the native switch. When a coroutine switches back, the worker
/// finishes the state change the actor asked for (yield, wait, sleep, exit, crash)
/// *after* the actor is off its stack, so no other worker can resume a coroutine
/// that is still running.
///
/// One termination path: every way an actor ends (entry returned, panic, exit signal,
/// its own exit) goes through <see cref="Terminate"/> on a worker, with the actor
/// fully suspended. An exit signal that arrives while the actor is running, runnable
/// or waiting sets <see cref="Actor.PendingExit"/>; the worker checks it (under the
/// actor's lock) before every resume and after every switch-out, so a killed actor
/// never runs Mesh code again.
///
/// Termination of the program: <see cref="s_live"/> counts everything that can still
/// make progress: actors that are runnable or running, actors waiting (or sleeping)
/// with an armed timer, and pending send_after timers. It reaches zero exactly when
/// nothing can ever run again; the program is then over (status 0 if the main actor
/// has returned).
/// </summary>
internal static unsafe class Scheduler
{
    private static readonly ConcurrentDictionary<long, Actor> s_actors = new();
    private static long s_nextPid;
    private static long s_live;

    private static volatile bool s_mainExited;
    private static int s_exitStatus;
    private static int s_finished;
    private static int s_finishClaimed;
    private static int s_otherWorkersStarted;
    /// <summary>Set by the main thread once its worker loop has returned (see <see cref="Finish"/>).</summary>
    private static readonly ManualResetEventSlim s_mainReturned = new(false);
    private static int s_mainThreadWorker;

    /// <summary>
    /// How long <see cref="Finish"/> on another thread waits for the main thread to leave its
    /// worker loop before ending the process itself (the main thread may be running an actor
    /// that is blocked in a long runtime call, e.g. IO.read_line).
    /// </summary>
    private const int MainReturnWaitMs = 200;

    /// <summary>True once the program's exit status is decided; worker 0 (the main thread) then returns.</summary>
    public static bool Finished => Volatile.Read(ref s_finished) != 0;

    /// <summary>True on the main thread, which runs worker 0.</summary>
    public static bool OnMainThread => Environment.CurrentManagedThreadId == s_mainThreadWorker;

    public static int WorkerCount { get; private set; }

    public static int ActorCount => s_actors.Count;

    /// <summary>Runs <paramref name="mainEntry"/> as the main actor; returns the process exit status.</summary>
    public static int Run(nint mainEntry, int workers)
    {
        WorkerCount = workers;
        Message.CheckLayout();
        NativeMethods.InstallOverflowHandler();
        RunQueues.Init(workers);
        Spawn(mainEntry, null, isMain: true);
        // Worker 0 is the calling (main) thread: creating a thread for it and parking the main
        // thread cost ~1 ms of a hello world's start-up (bench/README.md). WorkerLoop returns
        // once the program is finished.
        s_mainThreadWorker = Environment.CurrentManagedThreadId;
        WorkerLoop(0);
        StdOut.Flush();
        s_mainReturned.Set();
        return s_exitStatus;
    }

    private static void StartWorker(int index)
    {
        var t = new Thread(() => WorkerLoop(index), 1024 * 1024) { IsBackground = true, Name = "mesh-worker-" + index };
        t.Start();
    }

    /// <summary>
    /// Start-up runs one worker; the others start with the first spawn. Until then the main actor
    /// is the only actor there is, and more threads would only cost start-up time (a program that
    /// spawns nothing exits without ever creating them). They start right here, on the spawning
    /// actor's stack, rather than when it next switches out: its worker may be about to block in
    /// a runtime call (IO.read_line waits for input on the worker thread), and the new actor must
    /// not wait for that. <c>Thread.Start</c> only waits for the new thread to begin; there is no
    /// switch, and the GC can suspend the thread meanwhile as during any runtime call. A worker
    /// that has not started yet has an empty queue and is not registered as a sleeper, so nothing
    /// waits for it.
    /// </summary>
    private static void StartOtherWorkers()
    {
        if (Volatile.Read(ref s_otherWorkersStarted) != 0 || Interlocked.Exchange(ref s_otherWorkersStarted, 1) != 0) return;
        for (int i = 1; i < WorkerCount; i++) StartWorker(i);
    }

    /// <summary>
    /// Creates a runnable actor; with <paramref name="linkTo"/>, linked to it before it can run
    /// (spawn_link); with <paramref name="monitorBy"/>, monitored by it before it can run
    /// (spawn_monitor; the ref goes to <paramref name="monitorRef"/>).
    /// </summary>
    public static long Spawn(nint entry, Message* args, bool isMain = false, Actor? linkTo = null,
        Actor? monitorBy = null, long* monitorRef = null, long startAckTo = 0)
    {
        long pid = Interlocked.Increment(ref s_nextPid);
        var actor = new Actor(pid, entry, args, isMain) { StartAckTo = startAckTo };
        s_actors[pid] = actor;
        if (linkTo != null) Processes.LinkNew(linkTo, actor);
        if (monitorBy != null)
        {
            long r = Processes.Monitor(monitorBy, pid);
            if (monitorRef != null) *monitorRef = r;
        }
        Interlocked.Increment(ref s_live);
        RunQueues.Push(actor);
        if (!isMain) StartOtherWorkers();
        return pid;
    }

    public static Actor? Lookup(long pid) => s_actors.TryGetValue(pid, out var a) ? a : null;

    [ThreadStatic] private static Actor? t_lastTarget;

    /// <summary>
    /// <see cref="Lookup"/> with a one-entry cache per thread: senders usually send to the same
    /// actor many times in a row. A cached actor that has died since is harmless (pids are never
    /// reused, and its mailbox is closed, so the send is dropped as for an unknown pid).
    /// </summary>
    private static Actor? LookupForSend(long pid)
    {
        var last = t_lastTarget;
        if (last != null && last.Pid == pid) return last;
        var a = Lookup(pid);
        t_lastTarget = a;
        return a;
    }

    private static void WorkerLoop(int index)
    {
        NativeMethods.ThreadInit();
        RunQueues.AttachWorker(index);
        bool isMainThread = index == 0;
        while (true)
        {
            if (isMainThread && Finished) return;
            var actor = RunQueues.Take();
            if (actor == null) return; // only worker 0, once the program is finished
            actor.Worker = index; // before it shows Running: senders read where a running receiver is
            actor.GiveWayTo = -1;
            ExitReason? pending;
            actor.Sync.Enter();
            pending = actor.PendingExit;
            if (pending == null) actor.State = ActorState.Running;
            actor.Sync.Exit();
            if (pending != null)
            {
                Terminate(actor, pending);
                continue;
            }
            if (actor.Coro == 0)
            {
                actor.Coro = NativeMethods.CoroNew(actor.Entry, (nint)actor.Args);
                if (actor.Coro == 0)
                {
                    StdOut.WriteStdErr($"Mesh runtime: cannot allocate a stack for actor {actor.Pid}\n");
                    Terminate(actor, ExitReason.Panic("out of memory"));
                    continue;
                }
            }
            Actor.Current = actor;
            t_remoteSends = 0;
            int reason = NativeMethods.CoroResume(actor.Coro);
            Actor.Current = null;
            // A start ends at the first switch-out; an actor that ends first never acknowledges it:
            // its supervisor learns of the end from the link's EXIT (a failed start, unless normal).
            if (actor.StartAckTo != 0 && reason is NativeMethods.SuspendYield or NativeMethods.SuspendWait or NativeMethods.SuspendSleep) AckStart(actor);
            switch (reason)
            {
                case NativeMethods.SuspendYield:
                case NativeMethods.SuspendBusy:
                    FinishYield(actor);
                    break;
                case NativeMethods.SuspendWait:
                    FinishWait(actor);
                    break;
                case NativeMethods.SuspendSleep:
                    FinishSleep(actor);
                    break;
                case NativeMethods.SuspendPanic:
                    Terminate(actor, ExitReason.Panic(actor.CrashReason ?? "panic"));
                    break;
                case NativeMethods.SuspendKilled:
                    Terminate(actor, actor.PendingExit ?? ExitReason.Killed);
                    break;
                default:
                    Terminate(actor, ExitReason.Normal);
                    break;
            }
        }
    }

    /// <summary>
    /// A supervised child has switched out for the first time: its start is over, so its supervisor
    /// may start the next child.
    /// </summary>
    private static void AckStart(Actor actor)
    {
        long to = actor.StartAckTo;
        actor.StartAckTo = 0;
        SendStarted(to, actor.Pid);
    }

    /// <summary>Delivers STARTED(pid) to <paramref name="to"/> (dropped if it is gone).</summary>
    public static void SendStarted(long to, long pid)
    {
        var m = Message.New();
        m->Kind = MessageKind.Started;
        Message.PutI64(m, pid);
        Send(to, m);
    }

    private static void FinishYield(Actor actor)
    {
        actor.Sync.Enter();
        var pending = actor.PendingExit;
        if (pending == null)
        {
            actor.Mailbox.ParkedCount = actor.Mailbox.Count; // for senders' long-mailbox test
            actor.State = ActorState.Runnable;
        }
        actor.Sync.Exit();
        int to = actor.GiveWayTo;
        actor.GiveWayTo = -1;
        if (UpdateGathering(actor) && to < 0) to = RunQueues.CurrentWorker;
        if (pending != null) Terminate(actor, pending);
        else if (to >= 0) RunQueues.PushTo(to, actor);
        else RunQueues.Push(actor);
    }

    /// <summary>
    /// At a switch-out: whether senders gave way to this actor while it ran (it is the receiver
    /// of a fan-in whose senders gather on its worker). Such a receiver is requeued on its worker
    /// as affine and woken there (<see cref="Wake"/>), and thieves leave it: moving it alone to
    /// another core would split it from its senders, who would then follow it there.
    /// </summary>
    private static bool UpdateGathering(Actor actor)
    {
        bool gathering = actor.GatherMark;
        if (gathering) actor.GatherMark = false;
        actor.Gathering = gathering;
        return gathering;
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
    /// An actor with a pending exit signal always suspends (and is then terminated).
    /// </summary>
    public static long WaitBegin(Actor actor, long seen, long timeoutMs)
    {
        bool timed = timeoutMs > 0;
        long deadline = 0;
        if (timed)
        {
            if (actor.ReceiveDeadlineValid && seen > actor.ReceiveSeen && timeoutMs == actor.ReceiveTimeout)
                deadline = actor.ReceiveDeadline;
            else
                deadline = Timers.DeadlineIn(timeoutMs);
            actor.ReceiveSeen = seen;
            actor.ReceiveTimeout = timeoutMs;
            actor.ReceiveDeadline = deadline;
        }
        actor.ReceiveDeadlineValid = false;

        // No lock: the mailbox's list is the actor's own, and a racing exit signal is simply
        // seen at the switch-out (FinishWait checks it under the lock).
        if (Volatile.Read(ref actor.PendingExit) != null) return 2;
        if (actor.Mailbox.HasMoreThan(seen))
        {
            actor.ReceiveDeadlineValid = timed;
            return 1;
        }
        if (timeoutMs == 0 || (timed && System.Diagnostics.Stopwatch.GetTimestamp() >= deadline)) return 0;
        // Published to senders and timers by the worker's FinishWait, under the lock.
        actor.WaitSeen = seen;
        actor.WaitTimed = timed;
        actor.WaitDeadline = deadline;
        actor.WaitResult = 0;
        return 2;
    }

    /// <summary>End of mesh_receive_wait, after the actor was resumed.</summary>
    public static long WaitResult(Actor actor)
    {
        long r = actor.WaitResult;
        actor.ReceiveDeadlineValid = r == 1 && actor.WaitTimed;
        return r;
    }

    /// <summary>
    /// The worker's half of a wait, once the actor is off its stack. Pairs with
    /// <see cref="Deliver"/> without a lock on the sender's side: the worker publishes Waiting,
    /// then (full fence) looks at the inbox; a sender pushes (a full fence), then reads the
    /// state. So either the worker sees the new message and requeues the actor, or the sender
    /// sees Waiting and wakes it (under the lock): no wake-up is lost.
    /// </summary>
    private static void FinishWait(Actor actor)
    {
        bool requeue = false, parkedForever = false;
        ExitReason? pending;
        actor.Sync.Enter();
        pending = actor.PendingExit;
        if (pending == null)
        {
            actor.Mailbox.ParkedCount = actor.Mailbox.Count;
            SetState(actor, ActorState.Waiting);
            Interlocked.MemoryBarrier();
            if (WaitSatisfied(actor))
            {
                actor.WaitResult = 1;
                actor.State = ActorState.Runnable;
                requeue = true;
            }
            else
            {
                long seq = ++actor.WaitSeq;
                if (actor.WaitTimed) Timers.Add(actor, seq, actor.WaitDeadline); // the timer keeps it live
                else parkedForever = true;
            }
        }
        actor.Sync.Exit();
        bool gathering = UpdateGathering(actor);
        if (pending != null) Terminate(actor, pending);
        else if (requeue && gathering) RunQueues.PushTo(RunQueues.CurrentWorker, actor);
        else if (requeue) RunQueues.Push(actor);
        else if (parkedForever) DecrementLive();
    }

    /// <summary>A waiting actor (off its stack) has more than WaitSeen messages (list as parked, plus inbox).</summary>
    private static bool WaitSatisfied(Actor actor) =>
        (long)actor.Mailbox.ParkedCount + actor.Mailbox.InboxLength > actor.WaitSeen;

    private static void SetState(Actor actor, ActorState state) =>
        Volatile.Write(ref Unsafe.As<ActorState, int>(ref actor.State), (int)state);

    private static ActorState ReadState(Actor actor) =>
        (ActorState)Volatile.Read(ref Unsafe.As<ActorState, int>(ref actor.State));

    // ---- Timer.sleep ----------------------------------------------------------

    /// <summary>C# half of mesh_timer_sleep: 2 to suspend until the deadline, 0 for ms &lt;= 0 (the native side yields).</summary>
    public static long SleepBegin(Actor actor, long ms)
    {
        if (ms <= 0) return 0;
        actor.ReceiveDeadlineValid = false;
        actor.Sync.Enter();
        actor.WaitSeen = long.MaxValue; // messages do not end a sleep
        actor.WaitTimed = true;
        actor.WaitDeadline = Timers.DeadlineIn(ms);
        actor.WaitResult = 0;
        actor.Sync.Exit();
        return 2;
    }

    private static void FinishSleep(Actor actor)
    {
        actor.Sync.Enter();
        var pending = actor.PendingExit;
        if (pending == null)
        {
            actor.Mailbox.ParkedCount = actor.Mailbox.Count; // for senders' long-mailbox test
            actor.State = ActorState.Waiting;
            long seq = ++actor.WaitSeq;
            Timers.Add(actor, seq, actor.WaitDeadline); // the timer keeps it live
        }
        actor.Sync.Exit();
        if (pending != null) Terminate(actor, pending);
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
        RunQueues.Push(actor); // the timer's share of s_live passes to the runnable actor
    }

    /// <summary>Arms a send_after (ownership of msg moves to the timer); the timer counts as live until it fires.</summary>
    public static void SendAfter(long pid, Message* msg, long ms)
    {
        if (Lookup(pid) == null)
        {
            Message.Free(msg);
            return;
        }
        Interlocked.Increment(ref s_live);
        Timers.AddSend(pid, msg, Timers.DeadlineIn(Math.Max(ms, 0)));
    }

    public static void SendAfterFired(long pid, Message* msg)
    {
        Send(pid, msg);
        DecrementLive();
    }

    // ---- send ---------------------------------------------------------------

    /// <summary>
    /// A send that leaves this many messages or more in the mailbox of a receiver that is not
    /// running, or in the inbox of one running on another worker, ends the sender's time slice
    /// (see <see cref="Send"/>).
    /// </summary>
    public const int LongMailbox = 1024;

    /// <summary>Delivers msg to pid (ownership moves; unknown or dead pids drop it); see the overload.</summary>
    public static bool Send(long pid, Message* msg) => Send(pid, msg, out _);

    /// <summary>
    /// Delivers msg to pid (ownership moves; unknown or dead pids drop it). Returns true when
    /// the sender's time slice should end (at its next reduction tick, mesh_actor_send in
    /// runtime/native/mesh_native.c) because the receiver is behind: it is not running and has
    /// <see cref="LongMailbox"/> messages or more, or it is running on another worker with that
    /// many not yet drained. Without this, senders that outpace their receiver (a fan-in: many
    /// senders, one receiver who gets one time slice per round of the run queue) fill its
    /// mailbox with everything they ever send, and the program spends its time in malloc and
    /// page faults. Ending the slice gives the receiver its turn (BEAM similarly charges a
    /// sender extra reductions for a send to a long message queue); a sender that finishes
    /// right after the send loses nothing. Only the sender's scheduling changes: no message is
    /// refused or delayed.
    ///
    /// <paramref name="giveWayTo"/> says where the sender continues: the worker whose queue or
    /// runnext slot holds the (runnable) receiver or that runs it, else -1 (its own queue). The
    /// sender is queued there, marked affine (<see cref="RunQueues.PushTo"/>), so that its
    /// later sends and the receiver's drain happen on one core, as they do with one worker:
    /// a receiver draining messages written on another core pays a cache miss per message,
    /// and two cores pushing to one inbox fight over its head word. A receiver running on the
    /// sender's own worker cannot be (the sender is running), so a running receiver that is
    /// behind is always on another core. A sender also gives way to a running receiver that keeps
    /// up, once it has sent it <see cref="GatherSends"/> messages in one slice. The receiver is
    /// marked (<see cref="Actor.GatherMark"/>) so that it stays on the worker its senders gather on.
    /// </summary>
    /// <summary>
    /// Sends in a row, within one time slice, to a receiver that was running at the time
    /// (necessarily on another worker), after which the sender gives way to the receiver's worker
    /// even though the receiver keeps up. A sender that manages this many sends in one slice
    /// does little else (a slice is <c>MESH_REDUCTIONS</c> = 2,000 calls and loop iterations):
    /// the receiver keeping up still reads every message from the other core's cache, and the
    /// pair runs about three times faster on one core (bench/README.md, fan-in). Producers that
    /// compute between sends stay in parallel with their receiver.
    /// </summary>
    private const int GatherSends = 256;

    [ThreadStatic] private static long t_remoteTarget;
    [ThreadStatic] private static int t_remoteSends;

    /// <summary>Counts a send to running <paramref name="pid"/>; true once this slice has sent it <see cref="GatherSends"/>.</summary>
    private static bool ManyRemoteSends(long pid)
    {
        if (t_remoteTarget != pid)
        {
            t_remoteTarget = pid;
            t_remoteSends = 0;
        }
        return ++t_remoteSends >= GatherSends;
    }

    public static bool Send(long pid, Message* msg, out int giveWayTo)
    {
        giveWayTo = -1;
        var target = LookupForSend(pid);
        if (target == null)
        {
            Message.Free(msg);
            return false;
        }
        int inbox = target.Mailbox.Push(msg);
        if (inbox == 0)
        {
            Message.Free(msg); // dead: its mailbox is closed
            return false;
        }
        var state = ReadState(target);
        if (state == ActorState.Running)
        {
            // It drains what is queued, but each message crosses between the two cores' caches.
            if (inbox < LongMailbox && !ManyRemoteSends(pid)) return false;
            int me = RunQueues.CurrentWorker;
            int runsOn = Volatile.Read(ref target.Worker);
            if (me < 0 || runsOn == me || runsOn < 0) return false;
            giveWayTo = runsOn;
            target.GatherMark = true;
            return true;
        }
        int length = target.Mailbox.ParkedCount + inbox;
        if (state == ActorState.Waiting) Wake(target); // a wake-up puts it in this worker's runnext
        if (length < LongMailbox) return false;
        if (RunQueues.CurrentWorker >= 0 && ReadState(target) == ActorState.Runnable)
        {
            giveWayTo = Volatile.Read(ref target.Worker);
            target.GatherMark = true;
        }
        return true;
    }

    /// <summary>
    /// Pushes msg (ownership moves) onto target's inbox and wakes it if it waits for it; dead
    /// targets drop it. Returns the mailbox length after the push if the target is not running,
    /// else 0 (also 0 if dropped). The push takes no lock; only waking a waiting actor does
    /// (see <see cref="FinishWait"/> for why no wake-up is lost).
    /// </summary>
    public static int Deliver(Actor target, Message* msg)
    {
        int inbox = target.Mailbox.Push(msg);
        if (inbox == 0)
        {
            Message.Free(msg); // dead: its mailbox is closed
            return 0;
        }
        var state = ReadState(target);
        if (state == ActorState.Running) return 0;
        int length = target.Mailbox.ParkedCount + inbox;
        if (state == ActorState.Waiting) Wake(target);
        return length;
    }

    /// <summary>A sender saw target Waiting after its push: makes it runnable if its wait is now satisfied.</summary>
    private static void Wake(Actor target)
    {
        bool wake = false, countLive = false;
        target.Sync.Enter();
        if (target.State == ActorState.Waiting && WaitSatisfied(target))
        {
            target.WaitResult = 1;
            target.State = ActorState.Runnable;
            target.WaitSeq++; // a pending timer entry is now stale
            countLive = !target.WaitTimed;
            wake = true;
        }
        target.Sync.Exit();
        if (wake)
        {
            if (countLive) Interlocked.Increment(ref s_live);
            int home = Volatile.Read(ref target.Worker);
            if (target.Gathering && home >= 0 && home != RunQueues.CurrentWorker) RunQueues.PushTo(home, target);
            else RunQueues.PushWoken(target);
        }
    }

    // ---- exit -----------------------------------------------------------------

    /// <summary>
    /// Makes <paramref name="target"/> exit with <paramref name="reason"/>: at once if it is
    /// suspended in receive or sleep (it is queued for its worker to terminate), otherwise
    /// at its next switch-out. The first reason wins; dead actors are left alone.
    /// </summary>
    public static void Kill(Actor target, ExitReason reason)
    {
        bool wake = false, countLive = false;
        target.Sync.Enter();
        if (target.State != ActorState.Dead && target.PendingExit == null)
        {
            target.PendingExit = reason;
            if (target.State == ActorState.Waiting)
            {
                target.State = ActorState.Runnable;
                target.WaitSeq++; // its timer entry is stale
                countLive = !target.WaitTimed;
                wake = true;
            }
        }
        target.Sync.Exit();
        if (wake)
        {
            if (countLive) Interlocked.Increment(ref s_live);
            RunQueues.Push(target);
        }
    }

    /// <summary>Records an exit for the calling actor itself (it switches out right after and is terminated).</summary>
    public static void SetOwnExit(Actor self, ExitReason reason)
    {
        self.Sync.Enter();
        self.PendingExit ??= reason;
        self.Sync.Exit();
    }

    /// <summary>The one termination path (on a worker, the actor off its stack): frees everything, tells links and monitors.</summary>
    private static void Terminate(Actor actor, ExitReason reason)
    {
        actor.Sync.Enter();
        actor.State = ActorState.Dead;
        actor.Reason = reason;
        actor.PendingExit = null;
        actor.Sync.Exit();
        actor.Mailbox.CloseAndFree(); // later sends are dropped by their senders
        s_actors.TryRemove(actor.Pid, out _);
        Processes.Exited(actor, reason);
        Message.Free(actor.Args);
        actor.Args = null;
        actor.Heap.Release();
        if (actor.Coro != 0)
        {
            NativeMethods.CoroFree(actor.Coro);
            actor.Coro = 0;
        }
        if (actor.IsMain)
        {
            if (reason.IsNormal)
            {
                s_mainExited = true;
            }
            else
            {
                StdOut.Flush();
                StdOut.WriteStdErr($"Mesh runtime: the main actor exited: {reason.Text}\n");
                Finish(1);
            }
        }
        DecrementLive();
    }

    private static void DecrementLive()
    {
        if (Interlocked.Decrement(ref s_live) != 0) return;
        // Nothing can run any more: no runnable or running actor, no armed timer.
        if (s_mainExited)
        {
            Finish(0);
        }
        else if (Volatile.Read(ref s_finishClaimed) == 0)
        {
            StdOut.WriteStdErr("Mesh runtime: deadlock: the main actor is waiting in receive and no actor or timer can wake it\n");
            Finish(1);
        }
    }

    /// <summary>
    /// Decides the exit status. The main thread (worker 0) returns from <see cref="Run"/> when it
    /// next looks for work: at once when Finish runs on it, else it is woken here. If it does not
    /// come back within <see cref="MainReturnWaitMs"/> (it is running an actor stuck in a long
    /// runtime call), this thread ends the process itself, as the main thread would have.
    /// </summary>
    private static void Finish(int status)
    {
        if (Interlocked.Exchange(ref s_finishClaimed, 1) != 0) return;
        s_exitStatus = status;
        Volatile.Write(ref s_finished, 1); // after the status: the main thread reads it once it sees this
        if (OnMainThread) return;
        RunQueues.WakeAllForExit();
        if (s_mainReturned.Wait(MainReturnWaitMs)) return;
        StdOut.Flush();
        NativeMethods.Exit(status);
    }
}

