using System.Runtime.InteropServices;
using Mesh.Runtime.IO;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>IO functions beyond the print/println globals.</summary>
public static unsafe class StdErrOutput
{
    /// <summary>
    /// IO.eprintln: the string and a newline on stderr, in one write, after flushing what has been
    /// printed to stdout so far (so a terminal or a merged log shows the two streams in program order).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_io_eprintln")]
    public static void Eprintln(MeshString* s)
    {
        var text = MeshString.Span(s);
        if (text.Length < 1024)
        {
            Span<byte> line = stackalloc byte[text.Length + 1];
            text.CopyTo(line);
            line[^1] = (byte)'\n';
            StdOut.WriteStdErr(line);
        }
        else
        {
            var line = new byte[text.Length + 1];
            text.CopyTo(line);
            line[^1] = (byte)'\n';
            StdOut.WriteStdErr(line);
        }
    }
}
