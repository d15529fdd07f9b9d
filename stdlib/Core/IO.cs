using System.Runtime.InteropServices;
using Mesh.Runtime.IO;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>print/println: the shared, buffered standard output (see <see cref="StdOut"/>).</summary>
public static unsafe class IO
{
    [UnmanagedCallersOnly(EntryPoint = "mesh_print")]
    public static void Print(MeshString* s) => StdOut.Write(MeshString.Span(s), newline: false);

    [UnmanagedCallersOnly(EntryPoint = "mesh_println")]
    public static void Println(MeshString* s) => StdOut.Write(MeshString.Span(s), newline: true);

    /// <summary>Writes out what print/println have buffered (used by IO.read_line before it blocks).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_stdout_flush")]
    public static void Flush() => StdOut.Flush();
}
