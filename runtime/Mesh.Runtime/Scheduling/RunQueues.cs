using System.Collections.Concurrent;
using Mesh.Runtime.Actors;
using Mesh.Runtime.IO;

namespace Mesh.Runtime.Scheduling;

/// <summary>
/// Where runnable actors wait: one FIFO queue per worker, plus a global injector for
/// actors made runnable by threads that are not workers (the timer thread, the C main).
///
/// - A worker pushes what it makes runnable (spawns, yields) onto its own queue and pops
///   from its front (FIFO: a yielding actor goes behind the others, which is what makes
///   reduction-count preemption fair). An actor woken by a send goes into the worker's
///   runnext slot instead (Go's scheduler does the same): it runs as soon as the sender
///   suspends, on the same core; after 16 runnext picks in a row the queue's head runs
///   first, and thieves take a runnext actor only after spinning for a while.
/// - Idle workers spin (steal attempts) for a few tens of microseconds before parking;
///   while one spins nobody needs waking, and the last spinner to find work wakes a
///   parked worker if more work is queued.
/// - A worker whose queue is empty takes from the injector, then steals half of another
///   worker's queue (any runnable actor, not only fresh spawns), then parks. Actors queued
///   *affine* stay where they are unless that worker is parked: a sender that gave way to a
///   long mailbox is queued on its receiver's worker (<see cref="PushTo"/>) so that producer
///   and consumer share one core's cache, and stealing it back would undo that. The receiver
///   they gathered on is requeued affine too, and thieves leave it in the runnext slot
///   (<see cref="Actor.Gathering"/>).
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
        private int _affine; // how many of the queued actors are affine
        public readonly int Index;
        /// <summary>The owner is parking or parked (set before it registers as a sleeper): thieves may take affine actors too.</summary>
        public volatile bool Parked;

        public LocalQueue(int index) => Index = index;

        public void Push(Actor a)
        {
            Sync.Enter();
            if (_count == _items.Length) Grow();
            _items[(_head + _count) & (_items.Length - 1)] = a;
            _count++;
            if (a.Affine) _affine++;
            a.Worker = Index;
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
                list[i].Worker = Index;
            }
            Sync.Exit();
        }

        /// <summary>The actor woken last by a send from this worker: runs next (cache-warm, no
        /// steal needed), unless <see cref="MaxNextStreak"/> such picks in a row happened.</summary>
        private Actor? _next;
        private int _nextStreak;

        public int Count => Volatile.Read(ref _count) + (Volatile.Read(ref _next) != null ? 1 : 0);

        /// <summary>Puts a into the runnext slot; true if that moved an earlier runnext actor into the queue.</summary>
        public bool PushNext(Actor a)
        {
            Sync.Enter();
            var old = _next;
            a.Worker = Index;
            Volatile.Write(ref _next, a);
            if (old != null)
            {
                if (_count == _items.Length) Grow();
                _items[(_head + _count) & (_items.Length - 1)] = old;
                _count++;
                if (old.Affine) _affine++;
            }
            Sync.Exit();
            return old != null;
        }

        public Actor? Pop()
        {
            if (Volatile.Read(ref _count) == 0 && Volatile.Read(ref _next) == null) return null;
            Sync.Enter();
            Actor? a = null;
            if (_next != null && (_count == 0 || _nextStreak < MaxNextStreak))
            {
                a = _next;
                Volatile.Write(ref _next, null);
                _nextStreak++;
            }
            else if (_count > 0)
            {
                a = _items[_head];
                _items[_head] = null;
                _head = (_head + 1) & (_items.Length - 1);
                _count--;
                _nextStreak = 0;
                if (a!.Affine)
                {
                    a.Affine = false;
                    _affine--;
                }
            }
            Sync.Exit();
            return a;
        }

        /// <summary>Takes the runnext actor (thieves do this only after spinning a while), unless it is a gathering receiver.</summary>
        public Actor? StealNext()
        {
            var next = Volatile.Read(ref _next);
            if (next == null || next.Gathering) return null;
            Sync.Enter();
            var a = _next;
            if (a != null && a.Gathering) a = null; // a fan-in receiver stays with its senders
            else Volatile.Write(ref _next, null);
            Sync.Exit();
            return a;
        }

        /// <summary>
        /// Moves half (rounded up) of this queue's oldest actors into <paramref name="into"/>;
        /// without <paramref name="takeAffine"/>, half of those that are not affine.
        /// </summary>
        public void StealHalf(List<Actor> into, bool takeAffine)
        {
            int count = Volatile.Read(ref _count);
            if (count == 0 || (!takeAffine && Volatile.Read(ref _affine) == count)) return;
            Sync.Enter();
            int mask = _items.Length - 1;
            if (takeAffine || _affine == 0)
            {
                int n = (_count + 1) / 2;
                for (int i = 0; i < n; i++)
                {
                    var a = _items[_head]!;
                    if (a.Affine)
                    {
                        a.Affine = false;
                        _affine--;
                    }
                    into.Add(a);
                    _items[_head] = null;
                    _head = (_head + 1) & mask;
                    _count--;
                }
            }
            else
            {
                // Take half of the actors that may leave, oldest first; the affine ones stay, in order.
                int n = (_count - _affine + 1) / 2;
                int kept = 0;
                for (int i = 0; i < _count; i++)
                {
                    var a = _items[(_head + i) & mask]!;
                    _items[(_head + i) & mask] = null;
                    if (n > 0 && !a.Affine)
                    {
                        into.Add(a);
                        n--;
                    }
                    else
                    {
                        _items[(_head + kept) & mask] = a;
                        kept++;
                    }
                }
                _count = kept;
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

    /// <summary>Consecutive runnext picks before the queue's head gets a turn (fairness).</summary>
    private const int MaxNextStreak = 16;

    private static LocalQueue[] s_locals = [];
    private static readonly ConcurrentQueue<Actor> s_injector = new();
    private static readonly SemaphoreSlim s_wake = new(0, int.MaxValue);
    private static int s_sleepers;
    private static int s_spinning; // workers looking for work without being parked

    /// <summary>Steal attempts of an idle worker before it parks (a few tens of microseconds).</summary>
    private const int SpinRounds = 64;

    [ThreadStatic] private static int t_index; // worker index + 1; 0 on other threads
    [ThreadStatic] private static List<Actor>? t_stolen;
    [ThreadStatic] private static uint t_rand;

    public static void Init(int workers)
    {
        var locals = new LocalQueue[workers];
        for (int i = 0; i < workers; i++) locals[i] = new LocalQueue(i);
        s_locals = locals;
    }

    /// <summary>Called once on each worker thread before it takes work.</summary>
    public static void AttachWorker(int index)
    {
        t_index = index + 1;
        t_rand = (uint)(index * 2654435761u) | 1;
        t_stolen = new List<Actor>(64);
    }

    /// <summary>The calling worker's index, -1 on other threads.</summary>
    public static int CurrentWorker => t_index - 1;

    /// <summary>
    /// Queues a sender that gave way to a long mailbox (Scheduler.Send) on the worker of its
    /// receiver, which may be the calling worker itself, marked affine: thieves leave it there
    /// until its owner pops it, unless that worker is parked. Affinity lasts for this one stay
    /// in the queue: once the actor has run, it can be stolen again like any other.
    /// </summary>
    public static void PushTo(int worker, Actor actor)
    {
        var locals = s_locals;
        if ((uint)worker >= (uint)locals.Length || t_index == 0)
        {
            Push(actor);
            return;
        }
        actor.Affine = true;
        locals[worker].Push(actor);
        if (worker == t_index - 1) return;
        Interlocked.MemoryBarrier(); // publish before reading Parked (pairs with Take)
        // The receiver's worker is normally busy running or about to run it. Only if it parked
        // meanwhile does anyone need waking: it, or a thief (allowed to take affine actors of a
        // parked worker).
        if (locals[worker].Parked && Volatile.Read(ref s_spinning) == 0 && Volatile.Read(ref s_sleepers) > 0) WakeOne();
    }

    /// <summary>Makes <paramref name="actor"/> runnable (it must be fully suspended or new).</summary>
    public static void Push(Actor actor)
    {
        int w = t_index;
        if (w > 0) s_locals[w - 1].Push(actor);
        else s_injector.Enqueue(actor);
        Interlocked.MemoryBarrier(); // publish before reading s_spinning/s_sleepers (pairs with Take)
        // A spinning worker will find it (it checks every queue again after it stops
        // spinning); otherwise wake a parked one.
        if (Volatile.Read(ref s_spinning) == 0 && Volatile.Read(ref s_sleepers) > 0) WakeOne();
    }

    /// <summary>
    /// Makes an actor runnable that a send from the calling worker just woke: it goes into
    /// the worker's runnext slot (in ping-pong it runs right after the sender waits, on the
    /// same core). Other threads use the injector.
    /// No other worker is woken for it unless it displaced an earlier runnext actor into
    /// the queue: a lone runnext actor runs when the current one suspends or its slice ends
    /// (at most one time slice later), and waking a parked worker for every message of a
    /// ping-pong costs a futex call per message for nothing.
    /// </summary>
    public static void PushWoken(Actor actor)
    {
        int w = t_index;
        if (w > 0)
        {
            if (!s_locals[w - 1].PushNext(actor)) return;
        }
        else
        {
            s_injector.Enqueue(actor);
        }
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref s_spinning) == 0 && Volatile.Read(ref s_sleepers) > 0) WakeOne();
    }

    /// <summary>
    /// The next actor for the calling worker; parks while there is none. Null only on worker 0
    /// (the main thread) once the program is finished (<see cref="Scheduler.Finished"/>).
    /// </summary>
    public static Actor? Take()
    {
        var a = TryTake();
        if (a != null) return a;
        // Spin a little before parking: in message ping-pong the next actor usually
        // becomes runnable within microseconds, and a spinning worker spares the
        // pusher a futex wake-up.
        Interlocked.Increment(ref s_spinning);
        for (int i = 0; i < SpinRounds; i++)
        {
            Thread.SpinWait(30);
            a = TryTake(stealNext: i >= SpinRounds / 2);
            if (a != null)
            {
                // Go's rule: the last spinner to find work wakes a parked worker, so that
                // any further runnable actors that skipped the wake-up still get a worker.
                if (Interlocked.Decrement(ref s_spinning) == 0 && Volatile.Read(ref s_sleepers) > 0 && HasQueuedWork()) WakeOne();
                return a;
            }
        }
        Interlocked.Decrement(ref s_spinning);
        if (t_index == 1 && Scheduler.Finished) return null;
        StdOut.FlushIfDirty();
        var mine = s_locals[t_index - 1];
        while (true)
        {
            mine.Parked = true;
            Interlocked.Increment(ref s_sleepers);
            a = TryTake(stealNext: true);
            if (a != null)
            {
                mine.Parked = false;
                // Withdraw the registration; if a waker already consumed it, one spare
                // permit stays in the semaphore (one spurious wake-up later).
                WithdrawSleeper();
                return a;
            }
            s_wake.Wait();
            if (Scheduler.Finished)
            {
                if (t_index == 1) return null;
                // Any other worker stays out of the way: it must not take a wake-up meant for
                // worker 0 (WakeAllForExit releases one per worker) while the process ends.
                Thread.Sleep(Timeout.Infinite);
            }
            a = TryTake(stealNext: true);
            if (a != null)
            {
                mine.Parked = false;
                return a;
            }
        }
    }

    /// <summary>
    /// The program is finished: wakes every parked worker so that worker 0 (the main thread)
    /// returns from its loop. One permit per worker is enough, since a woken worker other than 0
    /// never waits on the semaphore again.
    /// </summary>
    public static void WakeAllForExit() => s_wake.Release(s_locals.Length);

    private static bool HasQueuedWork()
    {
        if (!s_injector.IsEmpty) return true;
        foreach (var q in s_locals) if (q.Count > 0) return true;
        return false;
    }

    private static Actor? TryTake(bool stealNext = false)
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
            locals[v].StealHalf(stolen, takeAffine: locals[v].Parked);
            if (stolen.Count == 0) continue;
            a = stolen[0];
            locals[me].PushMany(stolen, 1);
            stolen.Clear();
            return a;
        }
        if (stealNext)
        {
            for (int k = 0; k < n; k++)
            {
                int v = (start + k) % n;
                if (v == me) continue;
                a = locals[v].StealNext();
                if (a != null) return a;
            }
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
