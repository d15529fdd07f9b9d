using System.Runtime.InteropServices;

namespace Mesh.Runtime.Native;

/// <summary>
/// Direct calls into runtime/native (libmeshrt_native.a). The project marks the
/// module "meshrt_native" as DirectPInvoke, so these become plain symbol
/// references resolved when the Mesh program is linked.
/// </summary>
internal static unsafe partial class NativeMethods
{
    private const string Lib = "meshrt_native";

    /// <summary>Reasons a coroutine returns control to its worker (mirror of mesh_native.h).</summary>
    public const int SuspendYield = 1;
    public const int SuspendWait = 2;
    public const int SuspendExit = 3;
    public const int SuspendPanic = 4;
    public const int SuspendSleep = 5;
    public const int SuspendKilled = 6;
    /// <summary>Not run: its stack slot's owner is running on another worker (requeue it).</summary>
    public const int SuspendBusy = 7;

    /// <summary>The size of an actor's stack, as configured (for messages).</summary>
    public static long StackBytes { get; set; } = 256 * 1024;

    [LibraryImport(Lib, EntryPoint = "mesh_coro_configure")]
    public static partial void CoroConfigure(long stackBytes, long guardedBudget);

    [LibraryImport(Lib, EntryPoint = "mesh_coro_new")]
    public static partial nint CoroNew(nint entry, nint arg);

    /// <summary>
    /// Switches the calling worker thread onto the coroutine until it suspends.
    /// Must not suppress the GC transition: Mesh code (and C# exports) run inside.
    /// </summary>
    [LibraryImport(Lib, EntryPoint = "mesh_coro_resume")]
    public static partial int CoroResume(nint coro);

    [LibraryImport(Lib, EntryPoint = "mesh_coro_free")]
    public static partial void CoroFree(nint coro);

    /// <summary>Top of a coroutine's stack (the per-actor collector scans up to it).</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_coro_stack_top")]
    [SuppressGCTransition]
    public static partial byte* CoroStackTop(nint coro);

    /// <summary>Spills the callee-saved registers into regs[0..7]; returns an address below the caller's frame.</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_gc_spill")]
    [SuppressGCTransition]
    public static partial byte* GcSpill(ulong* regs);

    /// <summary>Faults in a new heap region's pages at once (and allows huge pages for big ones).</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_gc_prepare_region")]
    public static partial void GcPrepareRegion(byte* start, long size);

    /// <summary>Zeroed memory for a heap region (2 MiB-aligned huge-page mappings from 2 MiB on).</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_gc_region_alloc")]
    public static partial void* GcRegionAlloc(long size);

    [LibraryImport(Lib, EntryPoint = "mesh_gc_region_free")]
    public static partial void GcRegionFree(void* region, long size);

    /// <summary>Address space for a region that grows in place (a multiple of 2 MiB; pages backed when written; huge pages allowed when <paramref name="huge"/> is 1), or null.</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_gc_region_reserve")]
    public static partial void* GcRegionReserve(long size, int huge);

    /// <summary>Faults in the whole pages of a range of a reserved region that is about to be written.</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_gc_region_populate")]
    public static partial void GcRegionPopulate(byte* start, long size);

    /// <summary>Gives the pages of a range back to the system (they read as zero afterwards).</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_gc_region_release")]
    public static partial void GcRegionRelease(byte* start, long size);

    [LibraryImport(Lib, EntryPoint = "mesh_native_write_all")]
    public static partial long WriteAll(int fd, byte* buf, long len);

    [LibraryImport(Lib, EntryPoint = "mesh_native_isatty")]
    public static partial int IsATty(int fd);

    [LibraryImport(Lib, EntryPoint = "mesh_native_thread_init")]
    public static partial void ThreadInit();

    [LibraryImport(Lib, EntryPoint = "mesh_native_install_overflow_handler")]
    public static partial void InstallOverflowHandler();

    /// <summary>Tells the fatal-signal path where stdout's buffer is (IO/StdOut.cs).</summary>
    [LibraryImport(Lib, EntryPoint = "mesh_native_register_stdout")]
    public static partial void RegisterStdOut(void* buffer);

    [LibraryImport(Lib, EntryPoint = "mesh_native_exit")]
    public static partial void Exit(int status);
}
