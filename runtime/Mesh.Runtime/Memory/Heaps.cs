using System.Runtime.CompilerServices;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Memory;

/// <summary>Routes allocations to the current actor's heap (or a global immortal heap outside actors).</summary>
public static unsafe class Heaps
{
    private static ActorHeap s_global;
    private static readonly Lock s_globalLock = new();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void* Alloc(long size)
    {
        var actor = Actor.Current;
        if (actor != null) return actor.Heap.Alloc(size);
        return AllocGlobal(size);
    }

    private static void* AllocGlobal(long size)
    {
        lock (s_globalLock) return s_global.Alloc(size);
    }
}
