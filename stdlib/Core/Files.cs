using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>The File functions with plain (non-Result) types.</summary>
public static unsafe class Files
{
    /// <summary>
    /// File.exists: whether the path names something that exists (a file, a directory, ...), following
    /// symbolic links: a link whose target is missing does not exist. Relative paths are relative to the
    /// working directory. An empty path or one containing NUL does not exist. Never fails.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_file_exists")]
    public static sbyte Exists(MeshString* path)
    {
        try
        {
            return PathExists(Encoding.UTF8.GetString(MeshString.Span(path))) ? (sbyte)1 : (sbyte)0;
        }
        catch (Exception)
        {
            return 0;
        }
    }

    private static bool PathExists(string path)
    {
        if (path.Length == 0 || path.Contains('\0') || !Path.Exists(path)) return false;
        // Path.Exists is true for a dangling symbolic link; resolve links to their final target.
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return true;
        return info.ResolveLinkTarget(returnFinalTarget: true) is { } target && Path.Exists(target.FullName);
    }
}
