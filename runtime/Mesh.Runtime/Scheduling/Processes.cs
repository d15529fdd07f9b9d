using System.Text;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// Links, monitors, exit signals and the name registry, with Erlang's rules.
///
/// All link/monitor/name bookkeeping (<see cref="ActorRelations"/>) is guarded by one
/// global lock (<see cref="s_lock"/>); these operations are rare next to message
/// passing. The global lock is taken before an actor's own lock, never the other way
/// round. A relation is added to another actor only while holding its lock and after
/// checking it is not Dead; Terminate sets Dead under that lock, so an actor that has
/// no relations at that point never gets any and exits without the global lock. An
/// exiting actor with relations is marked Closed under the global lock: a link,
/// monitor or registration made before that is seen by its exit (and signalled), one
/// made after gets noproc.
/// </summary>
internal static unsafe class Processes
{
    private static readonly Lock s_lock = new();
    private static readonly Dictionary<string, long> s_names = new(StringComparer.Ordinal);
    private static long s_nextRef;

    /// <summary>The relations of a live <paramref name="t"/> (created if needed), or null if it is dead or closed. Call under s_lock.</summary>
    private static ActorRelations? LiveRel(Actor t)
    {
        t.Sync.Enter();
        ActorRelations? rel = null;
        if (t.State != ActorState.Dead && t.Rel is not { Closed: true })
            rel = t.Rel ??= new ActorRelations();
        t.Sync.Exit();
        return rel;
    }

    /// <summary>The caller's own relations (it is running, so alive). Call under s_lock.</summary>
    private static ActorRelations OwnRel(Actor self) => self.Rel ??= new ActorRelations();

    // ---- exit ----------------------------------------------------------------

    /// <summary>
    /// Called once by Scheduler.Terminate (after State = Dead): releases names, signals links,
    /// then fires monitors. Links come first, under the lock: whoever sees the DOWN knows that
    /// every linked process (a supervisor, say) already has its exit signal.
    /// </summary>
    public static void Exited(Actor a, ExitReason reason)
    {
        if (Volatile.Read(ref a.Rel) == null) return; // never had relations, and now never will
        lock (s_lock)
        {
            var rel = a.Rel!;
            rel.Closed = true;
            if (rel.Name != null)
            {
                s_names.Remove(rel.Name);
                rel.Name = null;
            }
            if (rel.Links != null)
            {
                foreach (var pid in rel.Links)
                {
                    var t = Scheduler.Lookup(pid);
                    // A link is an entry on each side. This actor is already off the pid table, so
                    // an Unlink racing its exit removed only its own side: then there is no link
                    // left to signal (a supervisor's stop_child relies on this).
                    if (t == null || t.Rel?.Links?.Remove(a.Pid) != true) continue;
                    ExitSignal(t, a.Pid, reason, kill: false);
                }
                rel.Links = null;
            }
            if (rel.MonitorsHeld != null)
            {
                foreach (var (r, pid) in rel.MonitorsHeld) Scheduler.Lookup(pid)?.Rel?.MonitoredBy?.Remove(r);
                rel.MonitorsHeld = null;
            }
            if (rel.MonitoredBy != null)
            {
                foreach (var (r, watcherPid) in rel.MonitoredBy)
                {
                    var w = Scheduler.Lookup(watcherPid);
                    // Delivered under the lock: a demonitor either removes the monitor first
                    // (no DOWN) or finds this DOWN in the mailbox and flushes it.
                    if (w?.Rel?.MonitorsHeld != null && w.Rel.MonitorsHeld.Remove(r))
                        Scheduler.Deliver(w, DownMessage(r, a.Pid, reason));
                }
                rel.MonitoredBy = null;
            }
        }
    }

    /// <summary>
    /// Delivers an exit signal from <paramref name="from"/> to <paramref name="target"/>:
    /// kill is untrappable (the target exits with killed); a trapping target gets an EXIT
    /// message; otherwise normal is ignored and any other reason makes the target exit
    /// with the same reason.
    /// </summary>
    public static void ExitSignal(Actor target, long from, ExitReason reason, bool kill)
    {
        if (kill)
        {
            Scheduler.Kill(target, ExitReason.Killed);
            return;
        }
        if (Volatile.Read(ref target.TrapExit))
            Scheduler.Deliver(target, ExitMessage(from, reason));
        else if (!reason.IsNormal)
            Scheduler.Kill(target, reason);
    }

    /// <summary>
    /// mesh_actor_exit(pid, kind, text) from <paramref name="self"/>: true when the caller itself
    /// must exit now (the native side then switches out for good).
    /// </summary>
    public static bool SendExit(Actor self, long pid, ExitReason reason, bool kill)
    {
        if (pid == self.Pid)
        {
            if (kill)
            {
                Scheduler.SetOwnExit(self, ExitReason.Killed);
                return true;
            }
            if (Volatile.Read(ref self.TrapExit))
            {
                Scheduler.Deliver(self, ExitMessage(self.Pid, reason));
                return false;
            }
            // Erlang: exit(self(), normal) from a process that does not trap exits ends it too.
            Scheduler.SetOwnExit(self, reason);
            return true;
        }
        var target = Scheduler.Lookup(pid);
        if (target != null) ExitSignal(target, self.Pid, reason, kill);
        return false;
    }

    // ---- links -----------------------------------------------------------------

    /// <summary>link(pid): true when the caller must exit with noproc (target dead or unknown, caller not trapping).</summary>
    public static bool Link(Actor self, long pid)
    {
        if (pid == self.Pid) return false;
        lock (s_lock)
        {
            var t = Scheduler.Lookup(pid);
            var trel = t == null ? null : LiveRel(t);
            if (trel != null)
            {
                (OwnRel(self).Links ??= new()).Add(pid);
                (trel.Links ??= new()).Add(self.Pid);
                return false;
            }
        }
        if (Volatile.Read(ref self.TrapExit))
        {
            Scheduler.Deliver(self, ExitMessage(pid, ExitReason.Noproc));
            return false;
        }
        Scheduler.SetOwnExit(self, ExitReason.Noproc);
        return true;
    }

    /// <summary>spawn_link: links a new actor (not yet runnable) to its parent.</summary>
    public static void LinkNew(Actor parent, Actor child)
    {
        lock (s_lock)
        {
            (OwnRel(parent).Links ??= new()).Add(child.Pid);
            (OwnRel(child).Links ??= new()).Add(parent.Pid);
        }
    }

    public static void Unlink(Actor self, long pid)
    {
        lock (s_lock)
        {
            if (self.Rel?.Links == null || !self.Rel.Links.Remove(pid)) return;
            Scheduler.Lookup(pid)?.Rel?.Links?.Remove(self.Pid);
        }
    }

    // ---- monitors ----------------------------------------------------------------

    public static long Monitor(Actor self, long pid)
    {
        long r = Interlocked.Increment(ref s_nextRef);
        lock (s_lock)
        {
            var t = Scheduler.Lookup(pid);
            var trel = t == null ? null : LiveRel(t);
            if (trel != null)
            {
                (trel.MonitoredBy ??= new())[r] = self.Pid;
                (OwnRel(self).MonitorsHeld ??= new())[r] = pid;
                return r;
            }
        }
        Scheduler.Deliver(self, DownMessage(r, pid, ExitReason.Noproc));
        return r;
    }

    /// <summary>demonitor(ref, [flush]): true if the monitor was active; a DOWN already queued for it is removed.</summary>
    public static bool Demonitor(Actor self, long r)
    {
        bool active = false;
        lock (s_lock)
        {
            if (self.Rel?.MonitorsHeld != null && self.Rel.MonitorsHeld.Remove(r, out long pid))
            {
                Scheduler.Lookup(pid)?.Rel?.MonitoredBy?.Remove(r);
                active = true;
            }
        }
        if (!active) FlushDown(self, r);
        return active;
    }

    private static void FlushDown(Actor self, long r)
    {
        self.ReceiveDeadlineValid = false;
        self.Mailbox.Drain(); // the caller's own mailbox: no lock
        for (int i = 0; i < self.Mailbox.Count; i++)
        {
            var m = self.Mailbox.At(i);
            if (m->Kind == MessageKind.Down && m->Len >= 8 && *(long*)m->Data == r)
            {
                Message.Free(self.Mailbox.RemoveAt(i));
                return;
            }
        }
    }

    // ---- registry ------------------------------------------------------------------

    /// <summary>0 = registered; 1 = the name is taken, the pid is dead or unknown, or it already has a name.</summary>
    public static long Register(string name, long pid)
    {
        lock (s_lock)
        {
            if (s_names.ContainsKey(name)) return 1;
            var t = Scheduler.Lookup(pid);
            var trel = t == null ? null : LiveRel(t);
            if (trel == null || trel.Name != null) return 1;
            s_names[name] = pid;
            trel.Name = name;
            return 0;
        }
    }

    public static long WhereIs(string name)
    {
        lock (s_lock) return s_names.TryGetValue(name, out long pid) ? pid : 0;
    }

    public static bool Unregister(string name)
    {
        lock (s_lock)
        {
            if (!s_names.Remove(name, out long pid)) return false;
            var rel = Scheduler.Lookup(pid)?.Rel;
            if (rel != null && rel.Name == name) rel.Name = null;
            return true;
        }
    }

    // ---- system messages ----------------------------------------------------------------

    /// <summary>EXIT (kind 1): pid i64, reason kind i64, reason text string.</summary>
    public static Message* ExitMessage(long from, ExitReason reason)
    {
        var m = Message.New();
        m->Kind = MessageKind.Exit;
        Message.PutI64(m, from);
        Message.PutI64(m, reason.Kind);
        Message.PutBytes(m, Encoding.UTF8.GetBytes(reason.Text));
        return m;
    }

    /// <summary>DOWN (kind 2): ref i64, pid i64, reason kind i64, reason text string.</summary>
    public static Message* DownMessage(long r, long pid, ExitReason reason)
    {
        var m = Message.New();
        m->Kind = MessageKind.Down;
        Message.PutI64(m, r);
        Message.PutI64(m, pid);
        Message.PutI64(m, reason.Kind);
        Message.PutBytes(m, Encoding.UTF8.GetBytes(reason.Text));
        return m;
    }
}
