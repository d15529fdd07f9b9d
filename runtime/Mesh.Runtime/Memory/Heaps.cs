using System.Runtime.CompilerServices;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Memory;

/// <summary>
/// Routes allocations to the current actor's heap (collected, see <see cref="ActorHeap"/>)
/// or, outside actors, to a global heap that is never collected or freed.
/// </summary>
public static unsafe class Heaps
{
    private static ActorHeap s_global;
    private static readonly Lock s_globalLock = new();

    /// <summary>Memory that may hold pointers to other heap objects (tuples, structs, closures, lists).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void* Alloc(long size)
    {
        var actor = Actor.Current;
        if (actor != null) return actor.Heap.Alloc(size, actor.Coro);
        return AllocGlobal(size, false);
    }

    /// <summary>Pointer-free memory (string and byte data): the collector never scans it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void* AllocBytes(long size)
    {
        var actor = Actor.Current;
        if (actor != null) return actor.Heap.AllocBytes(size, actor.Coro);
        return AllocGlobal(size, true);
    }

    /// <summary>Pointer-free memory with undefined contents, for callers that write all of it (string bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void* AllocBytesUninitialized(long size)
    {
        var actor = Actor.Current;
        if (actor != null) return actor.Heap.AllocBytesUninitialized(size, actor.Coro);
        return AllocGlobal(size, true);
    }

    /// <summary>
    /// Pointer-free memory of <paramref name="size"/> bytes, contents undefined, that can later grow in
    /// place with <see cref="Commit"/> to <paramref name="room"/> bytes (at least <paramref name="reserve"/>);
    /// null outside actors or when no reservation could be made (then allocate normally).
    /// </summary>
    public static void* AllocReserved(long size, long reserve, out long room)
    {
        room = 0;
        var actor = Actor.Current;
        return actor != null ? actor.Heap.AllocReserved(size, reserve, actor.Coro, out room) : null;
    }

    /// <summary>Grows an object from <see cref="AllocReserved"/> to <paramref name="size"/> bytes in place; false when it cannot.</summary>
    public static bool Commit(void* obj, long size)
    {
        var actor = Actor.Current;
        return actor != null && actor.Heap.Commit(obj, size);
    }

    /// <summary>Collects the current actor's heap now (test hook; no-op outside actors).</summary>
    public static void CollectCurrent()
    {
        var actor = Actor.Current;
        if (actor != null) actor.Heap.Collect(actor.Coro);
    }

    private static void* AllocGlobal(long size, bool bytes)
    {
        lock (s_globalLock) return bytes ? s_global.AllocBytes(size, 0) : s_global.Alloc(size, 0);
    }
}
