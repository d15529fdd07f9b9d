using System.Runtime.InteropServices;

namespace Mesh.Runtime.Memory;

/// <summary>
/// Address space for objects that grow in place (append buffers, <see cref="HeapState.AllocReserved"/>):
/// one mapping of <see cref="ArenaBytes"/>, reserved once and backed only where written, cut into
/// 256 KiB slots that every actor heap takes from and gives back to.
///
/// Why one arena instead of a mapping per buffer: on this VM a mapping costs ~4 us to make, ~66 us
/// to unmap and 10-30 us for each fresh page (bench/README.md, "Fresh pages"), while a string of a few
/// KB, built and dropped, costs a few microseconds. Slots keep the pages they were filled with when
/// they are given back, so the next buffer reuses memory that is already there; only when the free
/// slots hold more than <see cref="MaxFreeResident"/> bytes are a slot's pages handed back to the
/// system. Objects that need more than a slot get a mapping of their own (HeapState).
/// </summary>
internal static unsafe class ReservationArena
{
    // 256 KiB: slots 2 MiB apart each needed a page-table page of their own (costly to set up in a
    // VM); eight of these share one.
    public const long SlotBytes = 256 * 1024;
    private const long ArenaBytes = 64L * 1024 * 1024 * 1024; // 262,144 slots of address space
    // Handing pages back costs a TLB shootdown on every core (~100 us per slot on this VM): keep up to
    // this much in free slots, as malloc keeps freed memory for the next allocation.
    private const long MaxFreeResident = 256 * 1024 * 1024;

    private static readonly Lock s_lock = new();
    private static volatile byte* s_base; // null until the first slot is taken (read without the lock by Owns)
    private static bool s_failed;     // no arena could be mapped (e.g. strict overcommit): never retry
    private static long s_fresh;      // slots below this index have been handed out at least once
    private static FreeSlot* s_free;  // given-back slots, most recent first
    private static long s_freeCount, s_freeCap;
    private static long s_freeResident;

    [StructLayout(LayoutKind.Sequential)]
    private struct FreeSlot
    {
        public byte* Slot;
        public long Touched; // bytes from the slot's start that are in memory
    }

    /// <summary>True when <paramref name="p"/> lies in the arena.</summary>
    public static bool Owns(void* p) => s_base != null && (byte*)p >= s_base && (byte*)p < s_base + ArenaBytes;

    /// <summary>
    /// A slot (<see cref="SlotBytes"/> bytes, contents undefined), or null when the arena is full or could not
    /// be mapped. <paramref name="touched"/>: how many of its first bytes are already in memory.
    /// </summary>
    public static byte* Take(out long touched)
    {
        lock (s_lock)
        {
            if (s_freeCount > 0)
            {
                var f = s_free[--s_freeCount];
                s_freeResident -= f.Touched;
                touched = f.Touched;
                return f.Slot;
            }
            touched = 0;
            if (s_base == null)
            {
                if (s_failed) return null;
                s_base = (byte*)Native.NativeMethods.GcRegionReserve(ArenaBytes, 0);
                if (s_base == null)
                {
                    s_failed = true;
                    return null;
                }
            }
            if (s_fresh == ArenaBytes / SlotBytes) return null;
            return s_base + s_fresh++ * SlotBytes;
        }
    }

    /// <summary>Takes back a slot whose first <paramref name="touched"/> bytes are in memory.</summary>
    public static void Give(byte* slot, long touched)
    {
        lock (s_lock)
        {
            if (s_freeResident + touched > MaxFreeResident)
            {
                Native.NativeMethods.GcRegionRelease(slot, touched);
                touched = 0;
            }
            if (s_freeCount == s_freeCap)
            {
                long cap = s_freeCap == 0 ? 64 : s_freeCap * 2;
                s_free = (FreeSlot*)NativeMemory.Realloc(s_free, (nuint)(cap * sizeof(FreeSlot)));
                s_freeCap = cap;
            }
            s_free[s_freeCount++] = new FreeSlot { Slot = slot, Touched = touched };
            s_freeResident += touched;
        }
    }
}
