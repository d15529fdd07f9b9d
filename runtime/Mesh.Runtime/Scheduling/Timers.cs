using System.Diagnostics;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// Receive timeouts: a min-heap of deadlines served by one timer thread that
/// sleeps until the earliest deadline (no polling). Entries are invalidated
/// lazily: an entry whose wait sequence no longer matches the actor's is ignored.
/// </summary>
internal static class Timers
{
    private static readonly PriorityQueue<(Actor Actor, long Seq), long> s_heap = new();
    private static readonly object s_lock = new();
    private static Thread? s_thread;

    public static void Start()
    {
        s_thread = new Thread(Run) { IsBackground = true, Name = "mesh-timers" };
        s_thread.Start();
    }

    /// <summary>Arms a wake-up for <paramref name="actor"/>'s current wait (called with the actor's lock held).</summary>
    public static void Add(Actor actor, long seq, long deadline)
    {
        lock (s_lock)
        {
            bool earliest = s_heap.Count == 0 || (s_heap.TryPeek(out _, out long first) && deadline < first);
            s_heap.Enqueue((actor, seq), deadline);
            if (earliest) Monitor.Pulse(s_lock);
        }
    }

    private static void Run()
    {
        var due = new List<(Actor Actor, long Seq)>();
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
            foreach (var (actor, seq) in due) Scheduler.TimerFired(actor, seq);
            due.Clear();
        }
    }
}
