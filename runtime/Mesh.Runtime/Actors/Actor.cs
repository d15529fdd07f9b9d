using Mesh.Runtime.Memory;

namespace Mesh.Runtime.Actors;

public enum ActorState
{
    /// <summary>In the run queue, or being created.</summary>
    Runnable,
    /// <summary>Executing on a worker (or switched out, not yet processed by its worker).</summary>
    Running,
    /// <summary>Suspended in receive (a message or its timer makes it runnable) or in
    /// Timer.sleep (only its timer does: <see cref="Actor.WaitSeen"/> is long.MaxValue).</summary>
    Waiting,
    /// <summary>Finished or crashed; its memory is gone.</summary>
    Dead,
}

/// <summary>
/// One Mesh process. The C# object only holds bookkeeping; its stack (a native
/// coroutine), heap and messages are native memory.
/// </summary>
public sealed unsafe class Actor
{
    [ThreadStatic] private static Actor? t_current;

    /// <summary>The actor running on this worker thread (null outside actors).</summary>
    public static Actor? Current
    {
        get => t_current;
        internal set => t_current = value;
    }

    public readonly long Pid;
    public readonly nint Entry;
    public readonly bool IsMain;

    /// <summary>Spawn arguments, owned by the actor; the entry function reads them.</summary>
    public Message* Args;

    /// <summary>mesh_coro* (created lazily by the first worker that runs the actor).</summary>
    public nint Coro;

    /// <summary>The actor's memory. A field (not a property): callers mutate it in place.</summary>
    public ActorHeap Heap;

    /// <summary>Guards <see cref="State"/> changes and the wait fields (senders push to <see cref="Mailbox"/> without it).</summary>
    public ActorLock Sync;
    public Mailbox Mailbox;
    public ActorState State;

    // Receive wait, written by the actor under Sync, consumed by its worker, senders and timers.
    public long WaitSeen;
    public bool WaitTimed;
    public long WaitDeadline; // Stopwatch ticks
    public long WaitSeq;      // invalidates stale timer entries
    public long WaitResult;   // 1 = message arrived, 0 = timed out

    // One receive may call mesh_receive_wait several times (woken by messages that no
    // arm matches). Its deadline carries over between those calls; see Scheduler.WaitBegin.
    // Only touched by the actor itself.
    public bool ReceiveDeadlineValid;
    public long ReceiveSeen;
    public long ReceiveTimeout;
    public long ReceiveDeadline;

    /// <summary>The panic message recorded by mesh_panic, until the worker terminates the actor.</summary>
    public string? CrashReason;

    /// <summary>
    /// An exit signal that must end the actor (set under <see cref="Sync"/> by another actor
    /// while this one was running, runnable or waiting). The worker terminates the actor
    /// instead of resuming it, or as soon as it switches out: it never runs Mesh code again.
    /// </summary>
    public ExitReason? PendingExit;

    /// <summary>The reason it died with (set by Scheduler.Terminate).</summary>
    public ExitReason? Reason;

    /// <summary>Exit signals (except kill) become EXIT messages. Written by the actor itself.</summary>
    public bool TrapExit;

    // Supervision (runtime/native/mesh_supervisor.c). While a supervisor runs a child's start
    // function, its next spawn is linked to it and marked to acknowledge its start; the pid is
    // kept in SupervisedChild. Both fields are only touched by the actor itself.
    public bool SupervisedSpawn;
    public long SupervisedChild;

    /// <summary>
    /// The name (UTF-8) of the supervisor definition this actor runs the loop of (or is about to),
    /// the type of its pids (<c>Pid&lt;Team&gt;</c>): set by the code that spawns a supervisor before
    /// anyone else can see its pid, and by the loop itself; null for every other actor. Supervisor
    /// requests are refused unless it names the definition the caller's pid type names (a wrongly
    /// typed pid from Process.whereis would otherwise wait forever, or ask another kind of supervisor).
    /// </summary>
    public volatile byte[]? SupervisorDefinition;

    public bool IsSupervisor => SupervisorDefinition != null;

    /// <summary>
    /// The supervisor to tell (a STARTED message) when this actor first switches out (waits,
    /// sleeps, yields) or 0. Set before the actor runs; then read and cleared by its worker after
    /// a switch-out, or taken by the actor itself (mesh_supervisor_take_ack).
    /// </summary>
    public long StartAckTo;

    /// <summary>
    /// The actor's cleanup entry (<c>void cb(void *args_reader)</c>, an actor's <c>terminate</c>
    /// block), run by mesh_panic on the actor's own stack before it dies. Set and cleared by the
    /// actor itself (mesh_actor_on_exit); 0 when there is none.
    /// </summary>
    public nint OnExit;

    /// <summary>
    /// Links, monitors and name; null until the first one (most actors never have any).
    /// Created and changed only under Processes' global lock, and for another actor only
    /// under its <see cref="Sync"/> too, after checking it is not Dead: so once
    /// Terminate has set Dead under Sync, a null here stays null.
    /// </summary>
    public ActorRelations? Rel;

    /// <summary>
    /// The worker that runs this actor, last ran it or whose run queue (or runnext slot) holds
    /// it; -1 before it is first queued. Senders read it without a lock (a stale value only
    /// sends a sender that gives way to the wrong worker).
    /// </summary>
    public int Worker = -1;

    /// <summary>
    /// Set on the actor's own stack by a send to a long mailbox (Scheduler.Send): at the end of
    /// this slice, queue it on this worker (its receiver's) rather than its own. -1: no such send.
    /// </summary>
    public int GiveWayTo = -1;

    /// <summary>Queued (under that queue's lock) on the worker of a receiver it gave way to: thieves leave it there (RunQueues).</summary>
    public bool Affine;

    /// <summary>Set by a sender that gives way to this actor (Scheduler.Send); read and cleared at this actor's next switch-out.</summary>
    public bool GatherMark;

    /// <summary>Senders gave way to this actor during its last run: it stays on its worker (Scheduler.UpdateGathering).</summary>
    public bool Gathering;

    public Actor(long pid, nint entry, Message* args, bool isMain)
    {
        Pid = pid;
        Entry = entry;
        Args = args;
        IsMain = isMain;
        State = ActorState.Runnable;
    }
}

/// <summary>An actor's links, monitors and registered name (guarded by Processes' global lock).</summary>
public sealed class ActorRelations
{
    public bool Closed;          // exiting: no new links, monitors or names
    public HashSet<long>? Links;
    public Dictionary<long, long>? MonitorsHeld;  // ref -> monitored pid (monitors this actor set up)
    public Dictionary<long, long>? MonitoredBy;   // ref -> watching pid
    public string? Name;
}
