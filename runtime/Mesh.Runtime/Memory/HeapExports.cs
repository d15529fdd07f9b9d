using System.Runtime.InteropServices;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Memory;

/// <summary>
/// Memory ABI beyond mesh_alloc (which lives with the other core exports):
/// pointer-free allocation, and test hooks for the per-actor collector.
/// </summary>
public static unsafe class HeapExports
{
    /// <summary>
    /// Zeroed, 8-byte aligned memory on the current actor's heap that the collector never
    /// scans for pointers: use it for strings and any other byte data.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_alloc_bytes")]
    public static void* AllocBytes(long size) => Heaps.AllocBytes(size);

    /// <summary>Test hook: collects the current actor's heap now.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_debug_heap_collect")]
    public static void DebugCollect() => Heaps.CollectCurrent();

    /// <summary>
    /// Test hook: statistics of the current actor's heap into out[0..3]: live bytes after the last
    /// collection, footprint (bytes of memory held), collections so far, bytes allocated in total.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_debug_heap_stats")]
    public static void DebugStats(long* output)
    {
        var actor = Actor.Current;
        if (actor == null || output == null) return;
        output[0] = actor.Heap.LiveBytes;
        output[1] = actor.Heap.Footprint;
        output[2] = actor.Heap.Collections;
        output[3] = actor.Heap.BytesAllocated;
    }
}
