using System.Runtime.InteropServices;
using Mesh.Runtime.Actors;
using Mesh.Runtime.Memory;
using Mesh.Runtime.Scheduling;

namespace Mesh.Runtime.Abi;

/// <summary>
/// The actor ABI: self, spawn, send, message buffers and selective receive.
/// (mesh_receive_wait, mesh_yield and mesh_panic are native: runtime/native.)
/// </summary>
public static unsafe class ActorExports
{
    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_self")]
    public static long Self() => Actor.Current?.Pid ?? 0;

    // ---- building messages / spawn arguments -----------------------------------

    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_new")]
    public static Message* MsgNew() => Message.New();

    // mesh_msg_put_i64 and mesh_msg_get_i64 are native (runtime/native/mesh_native.c): the
    // commonest puts and gets, without a managed transition.

    /// <summary>For the native mesh_msg_put_i64: makes room for <paramref name="extra"/> more bytes.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_msg_grow")]
    public static void MsgGrow(Message* m, long extra) => Message.EnsureRoom(m, extra);

    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_put_f64")]
    public static void PutF64(Message* m, double v) => Message.PutF64(m, v);

    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_put_string")]
    public static void PutString(Message* m, MeshString* s) => Message.PutBytes(m, MeshString.Span(s));

    // ---- reading (spawn-argument readers and mailbox readers) ------------------

    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_get_f64")]
    public static double GetF64(Message* r) => Message.GetF64(r);

    [UnmanagedCallersOnly(EntryPoint = "mesh_msg_get_string")]
    public static MeshString* GetString(Message* r) => Message.GetString(r);

    // ---- spawn / send ------------------------------------------------------------

    /// <summary>Creates an actor running entry(reader over args); takes ownership of args (may be NULL).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_spawn")]
    public static long Spawn(delegate* unmanaged<void*, void> entry, Message* args)
    {
        if (args != null) args->Pos = 0;
        var parent = Actor.Current;
        if (parent is { SupervisedSpawn: true })
        {
            // The first spawn of a supervisor's start function: linked and acknowledged
            // (runtime/native/mesh_supervisor.c).
            parent.SupervisedSpawn = false;
            long child = Scheduler.Spawn((nint)entry, args, linkTo: parent, startAckTo: parent.Pid);
            parent.SupervisedChild = child;
            return child;
        }
        return Scheduler.Spawn((nint)entry, args);
    }

    /// <summary>
    /// The C# half of mesh_actor_send (runtime/native/mesh_native.c): appends msg to pid's
    /// mailbox (ownership moves; unknown or dead pids drop it). Returns 1 when the calling
    /// actor's time slice should end because the receiver's mailbox is long (Scheduler.Send);
    /// the native side then makes its next reduction tick yield.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_send")]
    public static int Send(long pid, Message* msg)
    {
        if (msg == null) return 0;
        msg->Pos = 0;
        msg->Kind = MessageKind.User;
        if (!Scheduler.Send(pid, msg, out int giveWayTo)) return 0;
        var self = Actor.Current;
        if (self != null) self.GiveWayTo = giveWayTo;
        return 1;
    }

    /// <summary>
    /// Sends <paramref name="msg"/> as a reply (mailbox kind 5) rather than an ordinary message:
    /// replies do not belong to the receiver's own message type, so a typed receive skips them
    /// and only a call waiting for its reply (by the ref the sender put first) takes them.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_send_reply")]
    public static void SendReply(long pid, Message* msg)
    {
        if (msg == null) return;
        msg->Pos = 0;
        msg->Kind = MessageKind.Reply;
        _ = Scheduler.Send(pid, msg);
    }

    /// <summary>
    /// Sends <paramref name="msg"/> as a service request (mailbox kind 6): tag, caller pid and
    /// ref first, then the arguments. A service's request loop takes only these; a typed receive
    /// (in a handler, say) skips them, so a request is never mistaken for an ordinary message.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_send_request")]
    public static void SendRequest(long pid, Message* msg)
    {
        if (msg == null) return;
        msg->Pos = 0;
        msg->Kind = MessageKind.Request;
        Scheduler.Send(pid, msg);
    }

    // ---- terminate blocks ------------------------------------------------------------

    /// <summary>
    /// Registers (or with NULL clears) the caller's cleanup entry: if the caller panics,
    /// mesh_panic runs <c>cb(reader over the caller's spawn arguments)</c> on its stack first.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_on_exit")]
    public static void OnExit(nint cb)
    {
        var actor = Actor.Current;
        if (actor != null) actor.OnExit = cb;
    }

    /// <summary>
    /// For mesh_panic: takes (and clears, so it runs at most once) the caller's cleanup entry,
    /// with a reader rewound to the start of its spawn arguments in <paramref name="args"/>.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_take_on_exit")]
    public static nint TakeOnExit(Message** args)
    {
        *args = null;
        var actor = Actor.Current;
        if (actor == null || actor.OnExit == 0) return 0;
        var cb = actor.OnExit;
        actor.OnExit = 0;
        if (actor.Args != null) actor.Args->Pos = 0;
        *args = actor.Args;
        return cb;
    }

    // ---- selective receive ---------------------------------------------------------

    // The mailbox's list belongs to the calling actor: no lock (Actors/Mailbox.cs).

    /// <summary>A reader at the start of message <paramref name="index"/> (0 = oldest), or NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_mailbox_at")]
    public static Message* MailboxAt(long index)
    {
        var actor = Actor.Current;
        if (actor == null) return null;
        var m = actor.Mailbox.At(index);
        if (m != null) m->Pos = 0;
        return m;
    }

    /// <summary>Removes and frees message <paramref name="index"/>; readers of it become invalid.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_mailbox_remove")]
    public static void MailboxRemove(long index)
    {
        var actor = Actor.Current;
        if (actor == null) return;
        actor.ReceiveDeadlineValid = false; // the receive is over
        if (!actor.Mailbox.Has(index)) return;
        Message.Free(actor.Mailbox.RemoveAt((int)index));
    }
}
