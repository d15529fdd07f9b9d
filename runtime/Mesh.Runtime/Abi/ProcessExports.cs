using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Actors;
using Mesh.Runtime.Memory;
using Mesh.Runtime.Scheduling;

namespace Mesh.Runtime.Abi;

/// <summary>
/// Fault tolerance and timing: links, exit signals, monitors, the name registry,
/// system-message kinds, send_after. The entry points that may end or suspend the
/// calling actor (mesh_actor_link, mesh_actor_exit, mesh_actor_exit_self,
/// mesh_timer_sleep, mesh_reduction_tick) are native (runtime/native) and call the
/// mesh_rt_* halves here, which only record state and return.
/// See runtime/README.md, section "ABI", for the contract of each function.
/// </summary>
public static unsafe class ProcessExports
{
    /// <summary>C# half of mesh_actor_link: 1 when the caller must now exit with noproc.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_link")]
    public static int Link(long pid)
    {
        var self = Actor.Current;
        return self != null && Processes.Link(self, pid) ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_unlink")]
    public static void Unlink(long pid)
    {
        var self = Actor.Current;
        if (self != null) Processes.Unlink(self, pid);
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_spawn_link")]
    public static long SpawnLink(delegate* unmanaged<void*, void> entry, Message* args)
    {
        if (args != null) args->Pos = 0;
        return Scheduler.Spawn((nint)entry, args, linkTo: Actor.Current);
    }

    /// <summary>Spawns and monitors atomically: the DOWN always carries the child's real reason. *ref_out = the monitor ref.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_spawn_monitor")]
    public static long SpawnMonitor(delegate* unmanaged<void*, void> entry, Message* args, long* refOut)
    {
        if (args != null) args->Pos = 0;
        long r = 0;
        long pid = Scheduler.Spawn((nint)entry, args, monitorBy: Actor.Current, monitorRef: &r);
        if (refOut != null) *refOut = r;
        return pid;
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_actor_trap_exit")]
    public static void TrapExit(sbyte on)
    {
        var self = Actor.Current;
        if (self != null) Volatile.Write(ref self.TrapExit, on != 0);
    }

    /// <summary>C# half of mesh_actor_exit: 1 when the caller itself must now exit.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_exit_signal")]
    public static int ExitSignal(long pid, long kind, MeshString* text)
    {
        var self = Actor.Current;
        if (self == null) return 0;
        bool kill = kind == ReasonKind.Killed;
        var reason = ExitReason.FromKind(kind, Text(text));
        if (reason == null) return 0;
        return Processes.SendExit(self, pid, reason, kill) ? 1 : 0;
    }

    /// <summary>C# half of mesh_actor_exit_self: records the caller's exit reason (the native side then switches out for good).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_exit_self")]
    public static int ExitSelf(long kind, MeshString* text)
    {
        var self = Actor.Current;
        if (self == null) return 0;
        var reason = ExitReason.FromKind(kind, Text(text)) ?? ExitReason.Custom(Text(text) ?? "");
        Scheduler.SetOwnExit(self, reason);
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_process_monitor")]
    public static long Monitor(long pid)
    {
        var self = Actor.Current;
        return self == null ? 0 : Processes.Monitor(self, pid);
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_process_demonitor")]
    public static sbyte Demonitor(long r)
    {
        var self = Actor.Current;
        return (sbyte)(self != null && Processes.Demonitor(self, r) ? 1 : 0);
    }

    /// <summary>Kind of mailbox entry <paramref name="index"/> (0 user, 1 EXIT, 2 DOWN, ...), -1 if there is none.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_mailbox_kind")]
    public static long MailboxKind(long index)
    {
        var actor = Actor.Current;
        if (actor == null) return -1;
        var m = actor.Mailbox.At(index); // the caller's own mailbox: no lock
        return m == null ? -1 : m->Kind;
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_process_register")]
    public static long Register(MeshString* name, long pid)
    {
        var n = Text(name);
        return n == null ? 1 : Processes.Register(n, pid);
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_process_whereis")]
    public static long WhereIs(MeshString* name)
    {
        var n = Text(name);
        return n == null ? 0 : Processes.WhereIs(n);
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_process_unregister")]
    public static sbyte Unregister(MeshString* name)
    {
        var n = Text(name);
        return (sbyte)(n != null && Processes.Unregister(n) ? 1 : 0);
    }

    /// <summary>1 while the actor exists and has not received an exit signal that ends it.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_process_alive")]
    public static sbyte Alive(long pid)
    {
        var a = Scheduler.Lookup(pid);
        if (a == null) return 0;
        a.Sync.Enter();
        bool alive = a.State != ActorState.Dead && a.PendingExit == null;
        a.Sync.Exit();
        return (sbyte)(alive ? 1 : 0);
    }

    /// <summary>Delivers msg (ownership moves to the runtime) to pid as a user message after ms milliseconds.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_timer_send_after")]
    public static void SendAfter(long pid, long ms, Message* msg)
    {
        if (msg == null) return;
        msg->Pos = 0;
        msg->Kind = MessageKind.User;
        Scheduler.SendAfter(pid, msg, ms);
    }

    /// <summary>C# half of mesh_timer_sleep: 2 = suspend until the deadline, 0 = just yield.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_sleep_begin")]
    public static long SleepBegin(long ms)
    {
        var self = Actor.Current;
        return self == null ? 0 : Scheduler.SleepBegin(self, ms);
    }

    /// <summary>Test hook: number of actors that exist (not yet terminated).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_debug_actor_count")]
    public static long ActorCount() => Scheduler.ActorCount;

    private static string? Text(MeshString* s) =>
        s == null ? null : Encoding.UTF8.GetString(MeshString.Span(s));
}
