using System.Diagnostics;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// Receive timeouts, Timer.sleep and Timer.send_after: a min-heap of deadlines served
/// by one timer thread that sleeps until the earliest deadline (no polling).
/// Wake-up entries are invalidated lazily: an entry whose wait sequence no longer
/// matches the actor's is ignored. A send_after entry owns its message until it fires.
/// </summary>
internal static unsafe class Timers
{
    private readonly record struct Entry(Actor? Actor, long Seq, long Pid, nint Msg);

    private static readonly PriorityQueue<Entry, long> s_heap = new();
    private static readonly object s_lock = new();
    private static Thread? s_thread;

    /// <summary>
    /// Starts the timer thread; called under <see cref="s_lock"/> by the first timer, so a program
    /// that never arms one (most of them) does not pay for the thread at start-up.
    /// </summary>
    private static void StartThread()
    {
        s_thread = new Thread(Run) { IsBackground = true, Name = "mesh-timers" };
        s_thread.Start();
    }

    /// <summary>Stopwatch ticks <paramref name="ms"/> from now (saturating).</summary>
    public static long DeadlineIn(long ms) =>
        ms >= long.MaxValue / Stopwatch.Frequency ? long.MaxValue : Stopwatch.GetTimestamp() + ms * Stopwatch.Frequency / 1000;

    /// <summary>Arms a wake-up for <paramref name="actor"/>'s current wait (called with the actor's lock held).</summary>
    public static void Add(Actor actor, long seq, long deadline) => Insert(new Entry(actor, seq, 0, 0), deadline);

    /// <summary>Sends <paramref name="msg"/> (owned by the timer from now on) to <paramref name="pid"/> at <paramref name="deadline"/>.</summary>
    public static void AddSend(long pid, Message* msg, long deadline) => Insert(new Entry(null, 0, pid, (nint)msg), deadline);

    private static void Insert(Entry e, long deadline)
    {
        lock (s_lock)
        {
            if (s_thread == null) StartThread();
            bool earliest = s_heap.Count == 0 || (s_heap.TryPeek(out _, out long first) && deadline < first);
            s_heap.Enqueue(e, deadline);
            if (earliest) Monitor.Pulse(s_lock);
        }
    }

    private static void Run()
    {
        var due = new List<Entry>();
        while (true)
        {
            lock (s_lock)
            {
                while (true)
                {
                    if (s_heap.Count == 0)
                    {
                        Monitor.Wait(s_lock);
                        continue;
                    }
                    s_heap.TryPeek(out _, out long deadline);
                    long now = Stopwatch.GetTimestamp();
                    if (deadline <= now) break;
                    long ms = (deadline - now) * 1000 / Stopwatch.Frequency + 1;
                    Monitor.Wait(s_lock, (int)Math.Min(ms, int.MaxValue));
                }
                long now2 = Stopwatch.GetTimestamp();
                while (s_heap.TryPeek(out var e, out long d) && d <= now2)
                {
                    s_heap.Dequeue();
                    due.Add(e);
                }
            }
            foreach (var e in due)
            {
                if (e.Actor != null) Scheduler.TimerFired(e.Actor, e.Seq);
                else Scheduler.SendAfterFired(e.Pid, (Message*)e.Msg);
            }
            due.Clear();
        }
    }
}
