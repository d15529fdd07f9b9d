using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mesh.Runtime.Memory;

/// <summary>
/// The memory of one actor, with a conservative, non-moving mark-sweep collector.
///
/// Layout. Memory comes in <em>regions</em> (one NativeMemory block each): small-object
/// chunks (1 KiB doubling to 256 KiB of payload) and one region per large object
/// (&gt;= <see cref="LargeObject"/> bytes). Every object has an 8-byte header just before
/// the pointer handed out (<c>size in words | NoScan | Mark</c>); a chunk has one bit per
/// 8-byte word marking where object headers start, so any address inside a chunk maps
/// to the object containing it (scan the bitmap backwards, check the size).
///
/// Allocation bumps through the current free span: a fresh chunk, or a gap between live
/// objects found by the last sweep. Each object is zeroed when it is handed out, unless the
/// caller writes all of it (strings): clearing whole gaps when they were taken cost a pass over
/// every byte a churning actor allocates. Every allocation counts
/// against a budget; when it is spent the next allocation collects first. After a
/// collection the budget is max(256 KiB, 2 x live bytes), so an actor that churns
/// garbage stays at a few times its live size.
///
/// Collection (<see cref="Collect"/>) runs inside a runtime call on the actor's own
/// coroutine stack: roots are every 8-byte word from the current stack pointer to the
/// top of that stack, plus the callee-saved registers (spilled by the native helper
/// mesh_gc_spill). Any word pointing at or into an object keeps it alive; objects are
/// then scanned word by word too, except those allocated pointer-free (strings and
/// byte data: <see cref="AllocBytes"/>). Unmarked objects become free gaps; chunks that
/// end up empty are kept while the free space is below the next budget, then released.
///
/// Rule for runtime code: a pointer into an actor heap is only guaranteed to keep its
/// object alive while it is on that actor's stack (or in its registers); never keep one
/// in managed memory or a global across runtime calls.
/// </summary>
public unsafe struct ActorHeap
{
    // All state lives in native memory, created by the first allocation: an actor that
    // never allocates costs 8 bytes here, and the .NET GC never moves the collector's data.
    private HeapState* _s;

    public readonly long BytesAllocated => _s == null ? 0 : _s->BytesAllocated;
    public readonly long LiveBytes => _s == null ? 0 : _s->LiveBytes;
    public readonly long Footprint => _s == null ? 0 : _s->Footprint;
    public readonly long Collections => _s == null ? 0 : _s->Collections;

    /// <summary>Zeroed, 8-byte aligned memory that may hold pointers (scanned by the collector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* Alloc(long size, nint coro) => (_s != null ? _s : Create())->Alloc(size, 0, zero: true, coro);

    /// <summary>Zeroed, 8-byte aligned memory that never holds heap pointers (not scanned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AllocBytes(long size, nint coro) => (_s != null ? _s : Create())->Alloc(size, HeapState.NoScanBit, zero: true, coro);

    /// <summary>Pointer-free memory whose contents are undefined: for callers that write every byte (strings).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AllocBytesUninitialized(long size, nint coro) => (_s != null ? _s : Create())->Alloc(size, HeapState.NoScanBit, zero: false, coro);

    /// <summary>A pointer-free object that can grow in place up to <paramref name="reserve"/> bytes, or null (see <see cref="HeapState.AllocReserved"/>).</summary>
    public void* AllocReserved(long size, long reserve, nint coro, out long room) => (_s != null ? _s : Create())->AllocReserved(size, reserve, coro, out room);

    /// <summary>Grows the part in use of an object from <see cref="AllocReserved"/>; false when it is not one of this heap's.</summary>
    public readonly bool Commit(void* obj, long size) => _s != null && _s->Commit(obj, size);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private HeapState* Create()
    {
        _s = (HeapState*)NativeMemory.AllocZeroed((nuint)sizeof(HeapState));
        if (_s == null) throw new OutOfMemoryException();
        return _s;
    }

    /// <summary>
    /// Collects this heap. Must be called on the actor's own coroutine stack
    /// (<paramref name="coro"/> is its mesh_coro*), from a runtime call that does not switch.
    /// </summary>
    public void Collect(nint coro)
    {
        if (_s != null) _s->Collect(coro);
    }

    /// <summary>Frees everything. The heap is empty (and reusable) afterwards.</summary>
    public void Release()
    {
        if (_s == null) return;
        _s->Release();
        NativeMemory.Free(_s);
        _s = null;
    }
}

/// <summary>The state and algorithms behind <see cref="ActorHeap"/> (see there).</summary>
internal unsafe struct HeapState
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Region
    {
        public byte* Start;  // first payload byte (an object header)
        public byte* End;    // one past the payload
        public ulong* Bits;  // object-start bitmap, one bit per word (null: one large object)
        public long Pad;     // chunks: set while a sweep finds them empty
        public long Counted; // large objects in a reservation: the bytes in use (header included); 0: all of it
        public long Touched; // reservations: how many of their first bytes are in memory (populated once)
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct FreeSpan
    {
        public FreeSpan* Next;
        public long Size;
    }

    private const ulong MarkBit = 1UL << 63;
    public const ulong NoScanBit = 1UL << 62;
    private const ulong SizeMask = (1UL << 48) - 1; // payload size in 8-byte words

    private const long FirstChunk = 1024;
    /// <summary>Chunks double up to this (2 MiB-aligned huge-page regions from 2 MiB on, see NewRegion).</summary>
    private const long MaxChunk = 4 * 1024 * 1024;
    private const long LargeObject = 16 * 1024;   // header included
    private const long MinSpan = 32;
    /// <summary>Regions at least this big get their pages faulted in at once (mesh_gc_prepare_region).</summary>
    private const long PrepareFrom = 64 * 1024;
    /// <summary>Allocation between collections at least (MESH_GC_MIN_KIB, default 256; tests use less).</summary>
    private static readonly long MinBudget = ReadMinBudget();

    private static long ReadMinBudget()
    {
        var env = Environment.GetEnvironmentVariable("MESH_GC_MIN_KIB");
        return env != null && long.TryParse(env, out long kib) && kib >= 1 && kib <= 1L << 30 ? kib * 1024 : 256 * 1024;
    }

    // current free span and its chunk
    private byte* _cur;
    private byte* _end;
    private byte* _curBase;
    private ulong* _curBits;

    private FreeSpan* _spans;       // free gaps found by the last sweep, address order
    private Region** _regions;      // sorted by Start
    private int _count, _cap;
    private byte* _lo, _hi;         // bounds of all regions (fast reject while marking)

    private long _nextChunk;
    private long _budget;           // bytes that may still be allocated before the next collection
    private bool _budgetSet;
    private bool _collecting;

    // statistics
    private long _allocated;        // total bytes ever allocated (headers included)
    private long _live;             // bytes found live by the last collection
    private long _footprint;        // payload bytes of all regions
    private long _collections;

    public readonly long BytesAllocated => _allocated;
    public readonly long LiveBytes => _live;
    public readonly long Footprint => _footprint;
    public readonly long Collections => _collections;

    /// <summary>
    /// Allocates, zeroed when <paramref name="zero"/> (contents undefined otherwise); <paramref name="coro"/>
    /// is the current actor's mesh_coro* when a collection may run (the caller is on that coroutine's
    /// stack), 0 for heaps that are never collected.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* Alloc(long size, ulong flags, bool zero, nint coro)
    {
        if (size <= 0) size = 8;
        long words = (size + 7) >> 3;
        long total = (words << 3) + 8;
        byte* p = _cur;
        if (total <= _end - p && total < LargeObject && (_budget -= total) >= 0)
        {
            _cur = p + total;
            _allocated += total;
            *(ulong*)p = (ulong)words | flags;
            long idx = (p - _curBase) >> 3;
            _curBits[idx >> 6] |= 1UL << (int)(idx & 63);
            if (zero) ClearWords((ulong*)(p + 8), words);
            return p + 8;
        }
        return AllocSlow(words, total, flags, zero, coro);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearWords(ulong* w, long words)
    {
        if (words <= 8)
        {
            for (long i = 0; i < words; i++) w[i] = 0;
        }
        else
        {
            NativeMemory.Clear(w, (nuint)(words << 3));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void* AllocSlow(long words, long total, ulong flags, bool zero, nint coro)
    {
        Charge(total, coro);
        if (words > (long)SizeMask) throw new OutOfMemoryException();

        byte* p;
        if (total >= LargeObject)
        {
            var r = NewRegion(total, small: false);
            p = r->Start;
        }
        else
        {
            if (total > _end - _cur) NextSpan(total);
            p = _cur;
            _cur = p + total;
            long idx = (p - _curBase) >> 3;
            _curBits[idx >> 6] |= 1UL << (int)(idx & 63);
            if (zero) ClearWords((ulong*)(p + 8), words);
        }
        *(ulong*)p = (ulong)words | flags;
        return p + 8;
    }

    /// <summary>Counts <paramref name="total"/> bytes against the budget, collecting first when it is spent.</summary>
    private void Charge(long total, nint coro)
    {
        if (coro == 0) _budget = long.MaxValue / 4; // never collected (global heap)
        else if (!_budgetSet) { _budget = MinBudget; _budgetSet = true; }
        else if (_budget < 0 || _budget < total)
        {
            // The fast path may have subtracted already; collect when the budget is spent.
            if (!_collecting) Collect(coro);
            else if (_budget < 0) _budget = 0;
        }
        _budget -= total;
        _allocated += total;
    }

    /// <summary>
    /// A pointer-free object of <paramref name="size"/> bytes, contents undefined, at the start of a
    /// reservation with room for the object to grow to <paramref name="room"/> bytes (at least
    /// <paramref name="reserve"/>), whose pages become memory only when written. Only the part in
    /// use counts (budget, footprint, live bytes); <see cref="Commit"/> extends it. Null when no mapping
    /// could be made (the caller allocates normally). The object's header covers the whole reservation,
    /// so the collector finds it from any pointer into it. Reservations that fit are slots of the
    /// <see cref="ReservationArena"/>, reused with their pages in memory; bigger ones are mappings of
    /// their own (2 MiB multiples).
    /// </summary>
    public void* AllocReserved(long size, long reserve, nint coro, out long room)
    {
        room = 0;
        if (coro == 0 || size <= 0 || reserve < size) return null;
        long headerBytes = (sizeof(Region) + 15) & ~15L;
        long counted = 8 + ((size + 7) & ~7L);
        Region* r;
        if (headerBytes + 8 + reserve <= ReservationArena.SlotBytes)
        {
            byte* slot = ReservationArena.Take(out long touched);
            if (slot == null) return null;
            r = (Region*)slot;
            r->Start = slot + headerBytes;
            r->End = slot + ReservationArena.SlotBytes;
            r->Touched = Math.Max(0, touched - headerBytes);
        }
        else
        {
            // A mapping of its own; leave the process's map count (65,530 by default) to the rest.
            if (Interlocked.Increment(ref s_reservations) > MaxReservations)
            {
                Interlocked.Decrement(ref s_reservations);
                return null;
            }
            long bytes = (headerBytes + 8 + reserve + HugeRegion - 1) & ~(HugeRegion - 1);
            // Objects that start at 2 MiB may use huge pages (one fault per 2 MiB, as NewRegion's big regions).
            r = (Region*)Native.NativeMethods.GcRegionReserve(bytes, size >= HugeRegion ? 1 : 0);
            if (r == null)
            {
                Interlocked.Decrement(ref s_reservations);
                return null;
            }
            r->Start = (byte*)r + headerBytes;
            r->End = (byte*)r + bytes;
            r->Touched = 0;
        }
        r->Bits = null;
        Charge(counted, coro);
        r->Counted = counted;
        Touch(r, counted);
        _footprint += counted;
        InsertRegion(r);
        *(ulong*)r->Start = (ulong)((r->End - r->Start - 8) >> 3) | NoScanBit;
        room = r->End - r->Start - 8;
        return r->Start + 8;
    }

    /// <summary>
    /// Extends the part in use of an object made by <see cref="AllocReserved"/> to <paramref name="size"/>
    /// bytes (it never shrinks), counting the growth like an allocation: the next allocation collects
    /// when the budget is spent. False when <paramref name="obj"/> is not such an object of this heap.
    /// </summary>
    public bool Commit(void* obj, long size)
    {
        var r = FindRegion((byte*)obj);
        if (r == null || r->Bits != null || r->Counted == 0 || (byte*)obj != r->Start + 8) return false;
        long counted = 8 + ((size + 7) & ~7L);
        if (counted > r->End - r->Start) return false;
        long grown = counted - r->Counted;
        if (grown <= 0) return true;
        Touch(r, counted);
        r->Counted = counted;
        _footprint += grown;
        _budget -= grown;
        _allocated += grown;
        return true;
    }

    /// <summary>
    /// Notes that a reservation's first <paramref name="bytes"/> are about to be used, and faults in the
    /// new ones with one call when there are at least <see cref="PrepareFrom"/> of them (for fewer, the
    /// call costs more than the page faults it saves). <c>Touched</c> is then an upper bound of the
    /// bytes in memory, which is what the arena's accounting needs.
    /// </summary>
    private static void Touch(Region* r, long bytes)
    {
        if (bytes <= r->Touched) return;
        if (bytes - r->Touched >= PrepareFrom) Native.NativeMethods.GcRegionPopulate(r->Start + r->Touched, bytes - r->Touched);
        r->Touched = bytes;
    }

    /// <summary>Reservations with a mapping of their own (bigger than an arena slot), and how many there may be.</summary>
    private static int s_reservations;
    private const int MaxReservations = 4096;

    /// <summary>Frees a dead object's region; an arena slot goes back to the arena with the pages it has in memory.</summary>
    private static void Retire(Region* r)
    {
        if (ReservationArena.Owns(r))
        {
            ReservationArena.Give((byte*)r, (r->Start - (byte*)r) + r->Touched);
            return;
        }
        FreeRegion(r);
    }

    /// <summary>The bytes a large-object region counts as in use.</summary>
    private static long LargeBytes(Region* r) => r->Counted != 0 ? r->Counted : r->End - r->Start;

    /// <summary>Makes a span of at least <paramref name="total"/> bytes current.</summary>
    private void NextSpan(long total)
    {
        // The rest of the current span (smaller than one object, itself under LargeObject)
        // is left unused until the next sweep finds it again.
        _cur = _end = null;

        // Next span that fits; spans too small for this request are dropped (they are found
        // again by the next sweep). Requests are under LargeObject, so this wastes little,
        // and it keeps the list from filling up with crumbs that no request can use.
        while (_spans != null)
        {
            var s = _spans;
            _spans = s->Next;
            if (s->Size < total) continue;
            byte* start = (byte*)s;
            long size = s->Size;
            var r = FindRegion(start);
            _cur = start;
            _end = start + size;
            _curBase = r->Start;
            _curBits = r->Bits;
            return;
        }

        if (_nextChunk == 0) _nextChunk = FirstChunk;
        long payload = Math.Max(total, _nextChunk);
        if (_nextChunk < MaxChunk) _nextChunk *= 2;
        var chunk = NewRegion(payload, small: true);
        _cur = chunk->Start;
        _end = chunk->End;
        _curBase = chunk->Start;
        _curBits = chunk->Bits;
    }

    private Region* NewRegion(long payload, bool small)
    {
        long bitmapBytes = small ? ((payload / 8 + 63) / 64) * 8 : 0;
        long headerBytes = (sizeof(Region) + bitmapBytes + 15) & ~15L;
        // A big chunk fills whole 2 MiB pages, header included (its payload shrinks by the
        // header, far more than the request, which is under LargeObject, can need).
        if (small && headerBytes + payload > HugeRegion) payload = ((headerBytes + payload) & ~(HugeRegion - 1)) - headerBytes;
        long bytes = headerBytes + payload;
        var r = (Region*)Native.NativeMethods.GcRegionAlloc(bytes);
        if (r == null) throw new OutOfMemoryException();
        r->Start = (byte*)r + headerBytes;
        r->End = r->Start + payload;
        r->Bits = small ? (ulong*)((byte*)r + sizeof(Region)) : null;
        r->Counted = 0;
        if (payload >= PrepareFrom && bytes < HugeRegion) Native.NativeMethods.GcPrepareRegion(r->Start, payload);
        _footprint += payload;
        InsertRegion(r);
        return r;
    }

    /// <summary>Regions this big are mapped 2 MiB-aligned, with huge pages, and populated by mesh_gc_region_alloc.</summary>
    private const long HugeRegion = 2 * 1024 * 1024;

    /// <summary>Frees a region made by <see cref="NewRegion"/> (its size follows from its header).</summary>
    private static void FreeRegion(Region* r)
    {
        if (r->Bits == null && r->Counted != 0) Interlocked.Decrement(ref s_reservations);
        Native.NativeMethods.GcRegionFree(r, r->End - (byte*)r);
    }

    private void InsertRegion(Region* r)
    {
        if (_count == _cap)
        {
            int cap = _cap == 0 ? 4 : _cap * 2;
            _regions = (Region**)NativeMemory.Realloc(_regions, (nuint)(cap * sizeof(Region*)));
            _cap = cap;
        }
        int i = _count;
        while (i > 0 && _regions[i - 1]->Start > r->Start)
        {
            _regions[i] = _regions[i - 1];
            i--;
        }
        _regions[i] = r;
        _count++;
        if (_lo == null || r->Start < _lo) _lo = r->Start;
        if (r->End > _hi) _hi = r->End;
    }

    /// <summary>The region containing <paramref name="addr"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Region* FindRegion(byte* addr)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var r = _regions[mid];
            if (addr < r->Start) hi = mid - 1;
            else if (addr >= r->End) lo = mid + 1;
            else return r;
        }
        return null;
    }

    /// <summary>The header of the object whose header or payload contains <paramref name="addr"/>, or null.</summary>
    private readonly ulong* FindObject(byte* addr)
    {
        if (addr < _lo || addr >= _hi) return null;
        var r = FindRegion(addr);
        if (r == null) return null;
        ulong* h;
        if (r->Bits == null)
        {
            h = (ulong*)r->Start;
        }
        else
        {
            long idx = (addr - r->Start) >> 3;
            long w = idx >> 6;
            ulong bits = r->Bits[w] & (ulong.MaxValue >> (63 - (int)(idx & 63)));
            while (bits == 0)
            {
                if (--w < 0) return null;
                bits = r->Bits[w];
            }
            long start = (w << 6) + 63 - BitOperations.LeadingZeroCount(bits);
            h = (ulong*)(r->Start + (start << 3));
        }
        long words = (long)(*h & SizeMask);
        return addr < (byte*)(h + 1 + words) ? h : null;
    }

    // ---- collection ----------------------------------------------------------------

    private ulong** _stack;
    private long _stackCount, _stackCap;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Collect(nint coro)
    {
        if (_collecting || coro == 0) return;
        _collecting = true;
        ulong* regs = stackalloc ulong[8];
        byte* sp = Native.NativeMethods.GcSpill(regs);
        byte* top = Native.NativeMethods.CoroStackTop(coro);
        // Not on this actor's stack (never expected): collecting would free live objects.
        if (sp < top && top - sp < (1L << 30)) CollectFrom(sp, top, regs);
        else _budget = MinBudget;
        _collecting = false;
    }

    private void CollectFrom(byte* lo, byte* hi, ulong* regs)
    {
        _collections++;
        // The current span is not an object: forget it (the sweep rediscovers the space).
        _cur = _end = null;
        _spans = null;
        if (_count == 0) { _budget = MinBudget; return; }

        for (int i = 0; i < 8; i++) MarkWord(regs[i]);
        MarkRange((byte*)(((nuint)lo + 7) & ~(nuint)7), hi);
        while (_stackCount > 0)
        {
            ulong* h = _stack[--_stackCount];
            long words = (long)(*h & SizeMask);
            MarkRange((byte*)(h + 1), (byte*)(h + 1 + words));
        }
        if (_stack != null)
        {
            NativeMemory.Free(_stack);
            _stack = null;
            _stackCap = _stackCount = 0;
        }
        Sweep();
    }

    private void MarkRange(byte* lo, byte* hi)
    {
        for (ulong* p = (ulong*)lo; p + 1 <= (ulong*)hi; p++) MarkWord(*p);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkWord(ulong w)
    {
        byte* a = (byte*)w;
        if (a < _lo || a >= _hi) return;
        var h = FindObject(a);
        if (h == null || (*h & MarkBit) != 0) return;
        *h |= MarkBit;
        if ((*h & NoScanBit) != 0 || (*h & SizeMask) == 0) return;
        if (_stackCount == _stackCap)
        {
            long cap = _stackCap == 0 ? 256 : _stackCap * 2;
            _stack = (ulong**)NativeMemory.Realloc(_stack, (nuint)(cap * sizeof(ulong*)));
            _stackCap = cap;
        }
        _stack[_stackCount++] = h;
    }

    private void Sweep()
    {
        long live = 0, free = 0;
        FreeSpan* head = null;
        FreeSpan** tail = &head;
        int kept = 0;
        int emptyCount = 0;

        // Pass 1: mark live, free large objects, find gaps; remember which chunks are empty.
        for (int i = 0; i < _count; i++)
        {
            var r = _regions[i];
            if (r->Bits == null)
            {
                ulong* h = (ulong*)r->Start;
                if ((*h & MarkBit) != 0)
                {
                    *h &= ~MarkBit;
                    live += LargeBytes(r);
                    _regions[kept++] = r;
                }
                else
                {
                    _footprint -= LargeBytes(r);
                    Retire(r);
                }
                continue;
            }
            long words = (r->End - r->Start) >> 3;
            long bitWords = (words + 63) >> 6;
            byte* gap = r->Start;
            bool any = false;
            for (long bw = 0; bw < bitWords; bw++)
            {
                ulong bits = r->Bits[bw];
                while (bits != 0)
                {
                    int b = BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    ulong* h = (ulong*)(r->Start + (((bw << 6) + b) << 3));
                    if ((*h & MarkBit) != 0)
                    {
                        *h &= ~MarkBit;
                        long size = 8 + ((long)(*h & SizeMask) << 3);
                        live += size;
                        any = true;
                        if ((byte*)h - gap >= MinSpan) { AddSpan(ref tail, gap, (byte*)h - gap); free += (byte*)h - gap; }
                        gap = (byte*)h + size;
                    }
                    else
                    {
                        r->Bits[bw] &= ~(1UL << b);
                    }
                }
            }
            if (!any)
            {
                r->Pad = 1; // empty: decided below
                emptyCount++;
            }
            else
            {
                r->Pad = 0;
                if (r->End - gap >= MinSpan) { AddSpan(ref tail, gap, r->End - gap); free += r->End - gap; }
            }
            _regions[kept++] = r;
        }
        _count = kept;

        // Pass 2: empty chunks are kept while free space is below the next budget.
        _budget = Math.Max(MinBudget, 2 * live);
        if (emptyCount > 0)
        {
            kept = 0;
            for (int i = 0; i < _count; i++)
            {
                var r = _regions[i];
                if (r->Bits != null && r->Pad == 1)
                {
                    r->Pad = 0;
                    if (free >= _budget)
                    {
                        _footprint -= r->End - r->Start;
                        FreeRegion(r);
                        continue;
                    }
                    AddSpan(ref tail, r->Start, r->End - r->Start);
                    free += r->End - r->Start;
                }
                _regions[kept++] = r;
            }
            _count = kept;
        }
        *tail = null;
        _spans = head;
        _live = live;
        _budgetSet = true;

        _lo = _hi = null;
        if (_count > 0)
        {
            _lo = _regions[0]->Start;
            for (int i = 0; i < _count; i++) if (_regions[i]->End > _hi) _hi = _regions[i]->End;
        }
        else
        {
            NativeMemory.Free(_regions);
            _regions = null;
            _cap = 0;
        }
    }

    private static void AddSpan(ref FreeSpan** tail, byte* start, long size)
    {
        var s = (FreeSpan*)start;
        s->Size = size;
        *tail = s;
        tail = &s->Next;
    }

    /// <summary>Frees every region.</summary>
    public void Release()
    {
        for (int i = 0; i < _count; i++) Retire(_regions[i]);
        if (_regions != null) NativeMemory.Free(_regions);
        if (_stack != null) NativeMemory.Free(_stack);
        this = default;
    }
}
