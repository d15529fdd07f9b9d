using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mesh.Runtime.Memory;

/// <summary>
/// Layout of a Mesh string: <c>{ int64 len; uint8 bytes[len]; }</c>, UTF-8, no NUL, immutable.
/// The compiler emits literals with this layout as constant globals, so a MeshString
/// pointer may point anywhere (actor heap, static data, immortal runtime memory).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct MeshString
{
    public long Len;

    public static byte* Bytes(MeshString* s) => (byte*)s + sizeof(long);

    public static ReadOnlySpan<byte> Span(MeshString* s) =>
        s == null ? default : new ReadOnlySpan<byte>(Bytes(s), checked((int)s->Len));

    /// <summary>Allocates a zeroed string of <paramref name="len"/> bytes on the current actor's heap (pointer-free).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MeshString* Alloc(long len)
    {
        var s = (MeshString*)Heaps.AllocBytes(sizeof(long) + len);
        s->Len = len;
        return s;
    }

    public static MeshString* FromSpan(ReadOnlySpan<byte> bytes)
    {
        var s = Alloc(bytes.Length);
        bytes.CopyTo(new Span<byte>(Bytes(s), bytes.Length));
        return s;
    }

    /// <summary>A string in immortal native memory (never freed, never moved).</summary>
    public static MeshString* Immortal(ReadOnlySpan<byte> bytes)
    {
        var s = (MeshString*)NativeMemory.AllocZeroed((nuint)(sizeof(long) + bytes.Length));
        s->Len = bytes.Length;
        bytes.CopyTo(new Span<byte>(Bytes(s), bytes.Length));
        return s;
    }
}
