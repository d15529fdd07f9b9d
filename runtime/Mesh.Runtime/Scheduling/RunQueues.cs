using System.Collections.Concurrent;
using Mesh.Runtime.Actors;
using Mesh.Runtime.IO;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// Where runnable actors wait: one FIFO queue per worker, plus a global injector for
/// actors made runnable by threads that are not workers (the timer thread, the C main).
///
/// - A worker pushes what it makes runnable (spawns, yields, actors woken by its sends)
///   onto its own queue and pops from its front (FIFO: a yielding actor goes behind the
///   others, which is what makes reduction-count preemption fair).
/// - A worker whose queue is empty takes from the injector, then steals half of another
///   worker's queue (any runnable actor, not only fresh spawns), then parks.
/// - Parking: a worker registers as a sleeper (full fence), checks every queue once more
///   and only then waits on the semaphore; whoever makes an actor runnable publishes it
///   (full fence) and wakes one sleeper if there is any. This Dekker-style pairing
///   guarantees that no actor stays in a queue while every worker sleeps, and an idle
///   program has all workers blocked in the kernel (no polling).
/// </summary>
internal static class RunQueues
{
    private sealed class LocalQueue
    {
        public ActorLock Sync;
        private Actor?[] _items = new Actor?[256];
        private int _head;
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Push(Actor a)
        {
            Sync.Enter();
            if (_count == _items.Length) Grow();
            _items[(_head + _count) & (_items.Length - 1)] = a;
            _count++;
            Sync.Exit();
        }

        public void PushMany(List<Actor> list, int from)
        {
            if (from >= list.Count) return;
            Sync.Enter();
            for (int i = from; i < list.Count; i++)
            {
                if (_count == _items.Length) Grow();
                _items[(_head + _count) & (_items.Length - 1)] = list[i];
                _count++;
            }
            Sync.Exit();
        }

        public Actor? Pop()
        {
            if (Volatile.Read(ref _count) == 0) return null;
            Sync.Enter();
            Actor? a = null;
            if (_count > 0)
            {
                a = _items[_head];
                _items[_head] = null;
                _head = (_head + 1) & (_items.Length - 1);
                _count--;
            }
            Sync.Exit();
            return a;
        }

        /// <summary>Moves half (rounded up) of this queue's oldest actors into <paramref name="into"/>.</summary>
        public void StealHalf(List<Actor> into)
        {
            if (Volatile.Read(ref _count) == 0) return;
            Sync.Enter();
            int n = (_count + 1) / 2;
            for (int i = 0; i < n; i++)
            {
                into.Add(_items[_head]!);
                _items[_head] = null;
                _head = (_head + 1) & (_items.Length - 1);
                _count--;
            }
            Sync.Exit();
        }

        private void Grow()
        {
            var bigger = new Actor?[_items.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = _items[(_head + i) & (_items.Length - 1)];
            _items = bigger;
            _head = 0;
        }
    }

    private static LocalQueue[] s_locals = [];
    private static readonly ConcurrentQueue<Actor> s_injector = new();
    private static readonly SemaphoreSlim s_wake = new(0, int.MaxValue);
    private static int s_sleepers;

    [ThreadStatic] private static int t_index; // worker index + 1; 0 on other threads
    [ThreadStatic] private static List<Actor>? t_stolen;
    [ThreadStatic] private static uint t_rand;

    public static void Init(int workers)
    {
        var locals = new LocalQueue[workers];
        for (int i = 0; i < workers; i++) locals[i] = new LocalQueue();
        s_locals = locals;
    }

    /// <summary>Called once on each worker thread before it takes work.</summary>
    public static void AttachWorker(int index)
    {
        t_index = index + 1;
        t_rand = (uint)(index * 2654435761u) | 1;
        t_stolen = new List<Actor>(64);
    }

    /// <summary>Makes <paramref name="actor"/> runnable (it must be fully suspended or new).</summary>
    public static void Push(Actor actor)
    {
        int w = t_index;
        if (w > 0) s_locals[w - 1].Push(actor);
        else s_injector.Enqueue(actor);
        Interlocked.MemoryBarrier(); // publish before reading s_sleepers (pairs with Park)
        if (Volatile.Read(ref s_sleepers) > 0) WakeOne();
    }

    /// <summary>The next actor for the calling worker; parks while there is none.</summary>
    public static Actor Take()
    {
        var a = TryTake();
        if (a != null) return a;
        StdOut.FlushIfDirty();
        while (true)
        {
            Interlocked.Increment(ref s_sleepers);
            a = TryTake();
            if (a != null)
            {
                // Withdraw the registration; if a waker already consumed it, one spare
                // permit stays in the semaphore (one spurious wake-up later).
                WithdrawSleeper();
                return a;
            }
            s_wake.Wait();
            a = TryTake();
            if (a != null) return a;
        }
    }

    private static Actor? TryTake()
    {
        int me = t_index - 1;
        var locals = s_locals;
        var a = locals[me].Pop();
        if (a != null) return a;
        if (s_injector.TryDequeue(out a)) return a;
        int n = locals.Length;
        if (n <= 1) return null;
        var stolen = t_stolen!;
        uint r = t_rand;
        r ^= r << 13; r ^= r >> 17; r ^= r << 5;
        t_rand = r;
        int start = (int)(r % (uint)n);
        for (int k = 0; k < n; k++)
        {
            int v = (start + k) % n;
            if (v == me) continue;
            locals[v].StealHalf(stolen);
            if (stolen.Count == 0) continue;
            a = stolen[0];
            locals[me].PushMany(stolen, 1);
            stolen.Clear();
            return a;
        }
        return null;
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

    private static void WithdrawSleeper()
    {
        while (true)
        {
            int s = Volatile.Read(ref s_sleepers);
            if (s == 0) return;
            if (Interlocked.CompareExchange(ref s_sleepers, s - 1, s) == s) return;
        }
    }
}
