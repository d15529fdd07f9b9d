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
