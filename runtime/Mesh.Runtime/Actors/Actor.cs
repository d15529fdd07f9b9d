using Mesh.Runtime.Memory;

namespace Mesh.Runtime.Actors;

public enum ActorState
{
    /// <summary>In the run queue, or being created.</summary>
    Runnable,
    /// <summary>Executing on a worker (or switched out, not yet processed by its worker).</summary>
    Running,
    /// <summary>Suspended in receive; a message (or its timer) makes it runnable.</summary>
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

    /// <summary>Guards <see cref="Mailbox"/>, <see cref="State"/> and the wait fields.</summary>
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

    /// <summary>Why the actor died when it crashed (kept for links/monitors).</summary>
    public string? CrashReason;

    public Actor(long pid, nint entry, Message* args, bool isMain)
    {
        Pid = pid;
        Entry = entry;
        Args = args;
        IsMain = isMain;
        State = ActorState.Runnable;
    }
}
