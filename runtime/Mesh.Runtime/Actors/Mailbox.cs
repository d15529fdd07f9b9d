using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Mesh.Runtime.Actors;

/// <summary>
/// An actor's pending messages, in two parts (runtime/README.md, "Mailboxes"):
///
/// - the <b>inbox</b>, where senders push: a lock-free stack of <see cref="Message"/> blocks
///   linked through <see cref="Message.Next"/>, newest first, with its length in the top 16 bits
///   of the head word. A push is one compare-and-swap; senders never take a lock and never touch
///   the owner's part.
/// - the <b>list</b>, which only the owning actor reads: a ring buffer of messages in arrival
///   order with indexed access and removal at any index (selective receive looks at message i
///   and may take it out of the middle), filled from the inbox by <see cref="Drain"/> (one atomic
///   exchange takes the whole inbox, whose chain is written into the list back to front).
///
/// Order: a sender's messages are pushed in the order it sends them and a drain appends the
/// inbox oldest first behind everything drained before, so the list is FIFO overall (by push
/// order) and per sender, exactly as with one locked queue. Indexes into the list only change
/// when the owner removes a message: senders never shift it.
///
/// Thread rules: <see cref="Push"/> from any thread; <see cref="Close"/> once, by the worker
/// that terminates the actor; everything else only by the actor itself (on its own stack) or by
/// its worker while the actor is switched out (no one else can run it then). A mutable struct:
/// only use it as a field.
/// </summary>
public unsafe struct Mailbox
{
    // Head word of the inbox: (length << PtrBits) | address of the newest message, 0 when
    // empty, Closed once the actor is dead. x86-64 user-space addresses fit in 47 bits.
    private const int PtrBits = 48;
    private const long PtrMask = (1L << PtrBits) - 1;
    private const long MaxTaggedLength = 0xFFFF; // the tag saturates (only used as a length hint)
    private const long Closed = 1;
    private const int PrefetchAhead = 4;

    // Prefetch hints (see PrefetchHints below): a ring of the last HintSlots messages pushed,
    // by position in the inbox, and how far ahead of the drain's walk a hint points.
    private const int HintSlots = 64;
    private const int HintMask = HintSlots - 1;
    private const int HintDistance = 24;
    /// <summary>A drain of this many messages gives the mailbox a hint ring (from then on, for life).</summary>
    private const int HintMinBatch = 32;

    private InboxHead _inbox;

    // The owner's list.
    private nint[]? _items;
    private int _head;
    private int _count;

    /// <summary>
    /// The list's length when the actor last switched out (its worker writes it before the
    /// actor can be woken), read by senders: with the inbox's length it gives the mailbox length
    /// of an actor that is not running, which a sender needs for the wake-up test and the
    /// long-mailbox rule without touching the list.
    /// </summary>
    public int ParkedCount;

    /// <summary>The owner's list length (messages drained so far and not removed).</summary>
    public readonly int Count => _count;

    /// <summary>True when senders have pushed messages the owner has not drained yet.</summary>
    public bool InboxHasMessages
    {
        get
        {
            long head = Volatile.Read(ref _inbox.Word);
            return head != 0 && head != Closed;
        }
    }

    /// <summary>Any thread: the inbox's length (saturating at 65,535); 0 when empty or closed.</summary>
    public int InboxLength
    {
        get
        {
            long head = Volatile.Read(ref _inbox.Word);
            return head == Closed ? 0 : (int)((ulong)head >> PtrBits);
        }
    }

    /// <summary>
    /// Any thread: pushes msg (ownership moves). Returns the inbox length after the push (1 or
    /// more, saturating at 65,535), or 0 if the mailbox is closed: the actor is dead and the
    /// caller still owns msg.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Push(Message* msg)
    {
        if (((ulong)msg >> (PtrBits - 1)) != 0) AddressTooHigh();
        var hints = (nint*)Volatile.Read(ref _inbox.Hints);
        long old = Volatile.Read(ref _inbox.Word);
        while (true)
        {
            if (old == Closed) return 0;
            long length = Math.Min((long)((ulong)old >> PtrBits) + 1, MaxTaggedLength);
            msg->Next = (Message*)(old & PtrMask);
            if (hints != null)
            {
                // Tell the drain where the message HintDistance places older is (Pos is free
                // while the message is queued), and record this one for a later sender. Both
                // before the push: after it the message is the receiver's. A hint that a racing
                // push overwrote is only a useless prefetch.
                msg->Pos = hints[(length - HintDistance) & HintMask];
                hints[length & HintMask] = (nint)msg;
            }
            long seen = Interlocked.CompareExchange(ref _inbox.Word, (length << PtrBits) | (long)msg, old);
            if (seen == old) return (int)length;
            old = seen;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddressTooHigh() =>
        Environment.FailFast("Mesh runtime: a message block above the 47-bit user address range (5-level paging is not supported)");

    /// <summary>
    /// Owner: moves everything in the inbox to the end of the list, oldest first. Returns how
    /// many messages moved.
    /// </summary>
    public int Drain()
    {
        long head = Volatile.Read(ref _inbox.Word);
        if (head == 0 || head == Closed) return 0;
        head = Interlocked.Exchange(ref _inbox.Word, 0);
        if (head == Closed)
        {
            // cannot happen: only the terminating worker closes, with the actor off its stack
            _inbox.Word = Closed;
            return 0;
        }
        int tagged = (int)((ulong)head >> PtrBits);
        var newest = (Message*)(head & PtrMask);
        // Below saturation the tag is the exact length; a saturated tag means counting the chain.
        int n = tagged;
        if (tagged >= MaxTaggedLength)
        {
            n = 0;
            for (var m = newest; m != null; m = m->Next) n++;
        }
        // Place each message straight at its slot, newest (last) first, in one pass over the chain.
        EnsureRoom(n);
        var items = _items!;
        int mask = items.Length - 1;
        int slot = _head + _count + n - 1;
        var hints = (nint*)_inbox.Hints;
        if (hints != null && Sse.IsSupported)
        {
            // Following the chain is one dependent cache miss per message (each block was
            // written by its sender, often on another core). The hints let the misses overlap:
            // start on the newest few now, and at each message the one HintDistance further on.
            int first = Math.Min(n, HintDistance);
            for (int j = 0; j < first; j++) Sse.Prefetch0((void*)hints[(n - j) & HintMask]);
            for (var m = newest; m != null; m = m->Next, slot--)
            {
                Sse.Prefetch0((void*)m->Pos);
                items[slot & mask] = (nint)m;
            }
        }
        else
        {
            for (var m = newest; m != null; m = m->Next, slot--) items[slot & mask] = (nint)m;
            if (hints == null && n >= HintMinBatch) Volatile.Write(ref _inbox.Hints, HintRings.Rent());
        }
        _count += n;
        return n;
    }

    /// <summary>Owner: message <paramref name="index"/> (0 = oldest), draining the inbox if the list is too short; null if there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Message* At(long index)
    {
        if ((ulong)index >= (ulong)_count && (index < 0 || Drain() == 0 || index >= _count)) return null;
        var items = _items!;
        int mask = items.Length - 1;
        // The next receives will read the following messages: start pulling them into this
        // core's cache now (they were written by their senders, often on another core).
        if (Sse.IsSupported && index + PrefetchAhead < _count)
            Sse.Prefetch0((void*)items[(_head + (int)index + PrefetchAhead) & mask]);
        return (Message*)items[(_head + (int)index) & mask];
    }

    /// <summary>Owner: true if message <paramref name="index"/> exists (drains the inbox if the list is too short).</summary>
    public bool Has(long index) => index >= 0 && (index < _count || (Drain() > 0 && index < _count));

    /// <summary>Owner: true if the mailbox holds more than <paramref name="seen"/> messages (drains the inbox if needed).</summary>
    public bool HasMoreThan(long seen) => _count > seen || (Drain() > 0 && _count > seen);

    /// <summary>Owner: removes message <paramref name="index"/> (callers check it exists) and returns it.</summary>
    public Message* RemoveAt(int index)
    {
        var items = _items!;
        int mask = items.Length - 1;
        nint removed = items[(_head + index) & mask];
        if (index < _count / 2)
        {
            // shift the front part right by one
            for (int i = index; i > 0; i--)
                items[(_head + i) & mask] = items[(_head + i - 1) & mask];
            items[_head] = 0;
            _head = (_head + 1) & mask;
        }
        else
        {
            for (int i = index; i < _count - 1; i++)
                items[(_head + i) & mask] = items[(_head + i + 1) & mask];
            items[(_head + _count - 1) & mask] = 0;
        }
        _count--;
        return (Message*)removed;
    }

    /// <summary>
    /// The terminating worker (actor off its stack, already Dead): closes the inbox, so later
    /// pushes fail and their senders free their messages, and frees every pending message.
    /// </summary>
    public void CloseAndFree()
    {
        long head = Interlocked.Exchange(ref _inbox.Word, Closed);
        if (head != Closed)
        {
            for (var m = (Message*)(head & PtrMask); m != null;)
            {
                var next = m->Next;
                Message.Free(m);
                m = next;
            }
        }
        for (int i = 0; i < _count; i++) Message.Free((Message*)_items![(_head + i) & (_items.Length - 1)]);
        nint hints = Interlocked.Exchange(ref _inbox.Hints, 0);
        if (hints != 0) HintRings.Return(hints);
        _items = null;
        _head = 0;
        _count = 0;
    }

    private void EnsureRoom(int extra)
    {
        int need = _count + extra;
        if (_items != null && need <= _items.Length) return;
        int size = _items == null ? 4 : _items.Length;
        while (size < need) size *= 2;
        var bigger = new nint[size];
        if (_items != null)
        {
            int mask = _items.Length - 1;
            for (int i = 0; i < _count; i++) bigger[i] = _items[(_head + i) & mask];
        }
        _items = bigger;
        _head = 0;
    }

    /// <summary>
    /// The inbox head on a cache line of its own: senders hammer it, and the owner's list and
    /// the actor's other fields should not be invalidated by every push.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct InboxHead
    {
        [FieldOffset(64)] public long Word;
        /// <summary>The hint ring (<see cref="HintSlots"/> message addresses) or 0; next to the head word, which every sender touches anyway.</summary>
        [FieldOffset(72)] public nint Hints;
    }

    /// <summary>
    /// Hint rings, type-stable: a sender may still write into a ring after its mailbox closed and
    /// gave it back (it read the pointer just before), so rings are never freed, only reused by
    /// other mailboxes, where a stray write is one wrong hint. There are at most as many as
    /// mailboxes that ever drained <see cref="HintMinBatch"/> messages at once and are alive at
    /// the same time (512 bytes each).
    /// </summary>
    private static class HintRings
    {
        private static readonly Lock s_lock = new();
        private static readonly Stack<nint> s_free = new();

        public static nint Rent()
        {
            lock (s_lock)
            {
                if (s_free.Count > 0) return s_free.Pop();
            }
            var ring = (nint*)NativeMemory.AlignedAlloc((nuint)(HintSlots * sizeof(nint)), 64);
            new Span<nint>(ring, HintSlots).Clear();
            return (nint)ring;
        }

        public static void Return(nint ring)
        {
            lock (s_lock) s_free.Push(ring);
        }
    }
}
