using System.Runtime.InteropServices;
using Mesh.Runtime.Actors;
using Mesh.Runtime.Memory;
using Mesh.Runtime.Scheduling;

namespace Mesh.Runtime.Abi;

/// <summary>
/// The bookkeeping half of supervisors. The supervisor loop itself, and everything that waits,
/// is native code (runtime/native/mesh_supervisor.c); these exports only record state or move
/// buffers and return. See runtime/README.md, section "Supervisors".
/// </summary>
public static unsafe class SupervisorExports
{
    /// <summary>The caller's next spawn is linked to it and acknowledges its start (STARTED).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_supervisor_start_begin")]
    public static void StartBegin()
    {
        var self = Actor.Current;
        if (self == null) return;
        self.SupervisedSpawn = true;
        self.SupervisedChild = 0;
    }

    /// <summary>Ends a start: the pid spawned (linked, acknowledging) since start_begin, or 0 if none.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_supervisor_start_end")]
    public static long StartEnd()
    {
        var self = Actor.Current;
        if (self == null) return 0;
        self.SupervisedSpawn = false;
        long child = self.SupervisedChild;
        self.SupervisedChild = 0;
        return child;
    }

    /// <summary>
    /// Takes over the caller's own start acknowledgement (a nested supervisor acknowledges once
    /// its children have started, not at its first wait): the pid to tell, or 0.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_supervisor_take_ack")]
    public static long TakeAck()
    {
        var self = Actor.Current;
        if (self == null) return 0;
        long to = self.StartAckTo;
        self.StartAckTo = 0;
        return to;
    }

    /// <summary>Sends STARTED(caller) to <paramref name="to"/>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_supervisor_ack")]
    public static void Ack(long to)
    {
        var self = Actor.Current;
        if (self != null && to != 0) Scheduler.SendStarted(to, self.Pid);
    }

    /// <summary>
    /// Sends a request (mailbox kind 8, START_CHILD) to <paramref name="sup"/>: caller pid, ref, the
    /// operation (0 start_child, 1 which_children, ... see mesh_supervisor.c), then the bytes of
    /// <paramref name="args"/> (the operation's arguments; freed here). Returns without sending 1
    /// when <paramref name="sup"/> is a live process that is not a supervisor, 2 when it is a
    /// supervisor of another definition than <paramref name="expected"/> (null or empty: any), else 0.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_supervisor_request")]
    public static long Request(long sup, long r, long op, Message* args, MeshString* expected)
    {
        if (Scheduler.Lookup(sup) is { } target)
        {
            // A live process that is no supervisor would never answer, and one of another
            // definition would answer about other children: nothing is sent. (An unknown pid is
            // sent to as usual: the caller's monitor reports noproc.)
            long refused = target.SupervisorDefinition is not { } definition ? 1
                : expected != null && MeshString.Span(expected).Length > 0 && !MeshString.Span(expected).SequenceEqual(definition) ? 2
                : 0;
            if (refused != 0)
            {
                if (args != null) Message.Free(args);
                return refused;
            }
        }
        var self = Actor.Current;
        var m = Message.New();
        m->Kind = MessageKind.StartChild;
        Message.PutI64(m, self?.Pid ?? 0);
        Message.PutI64(m, r);
        Message.PutI64(m, op);
        if (args != null)
        {
            Message.PutRaw(m, new ReadOnlySpan<byte>(args->Data, checked((int)args->Len)));
            Message.Free(args);
        }
        Scheduler.Send(sup, m);
        return 0;
    }

    /// <summary>
    /// Marks <paramref name="pid"/> (0: the caller) as a supervisor of the definition named
    /// <paramref name="definition"/> (see <see cref="Actor.SupervisorDefinition"/>).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_supervisor_mark")]
    public static void Mark(long pid, MeshString* definition)
    {
        var actor = pid == 0 ? Actor.Current : Scheduler.Lookup(pid);
        if (actor != null) actor.SupervisorDefinition = definition == null ? [] : MeshString.Span(definition).ToArray();
    }

    /// <summary>Removes message <paramref name="index"/> from the caller's mailbox without freeing it: the caller owns it now.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_mailbox_take")]
    public static Message* MailboxTake(long index)
    {
        var actor = Actor.Current;
        if (actor == null || index < 0) return null;
        actor.ReceiveDeadlineValid = false;
        if (!actor.Mailbox.Has(index)) return null; // the caller's own mailbox: no lock
        var m = actor.Mailbox.RemoveAt((int)index);
        m->Pos = 0;
        return m;
    }

    /// <summary>Moves the read cursor of an owned message back to its start.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_rewind")]
    public static void Rewind(Message* m)
    {
        if (m != null) m->Pos = 0;
    }

    /// <summary>Frees a message the caller owns (from mesh_mailbox_take or mesh_msg_new, never sent).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_free")]
    public static void Free(Message* m) => Message.Free(m);
}
