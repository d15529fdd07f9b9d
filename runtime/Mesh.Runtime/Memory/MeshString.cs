using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mesh.Runtime.Actors;

namespace Mesh.Runtime.Memory;

/// <summary>
/// A Mesh string: UTF-8, no NUL terminator, immutable. Two layouts share the first word:
/// <list type="bullet">
/// <item><b>flat</b> <c>{ int64 len; uint8 bytes[len]; }</c> with <c>len &gt;= 0</c>: literals (the
/// compiler emits them as constant globals), immortal runtime constants and most runtime results;</item>
/// <item><b>appendable</b> <c>{ int64 len | 1&lt;&lt;63; uint8 *data; }</c>: a 16-byte view of the first
/// <c>len</c> bytes of an <see cref="AppendBuffer"/> (<c>data</c> points at the buffer's bytes).</item>
/// </list>
/// Readers go through <see cref="Length"/>, <see cref="Bytes"/> and <see cref="Span"/> (native code:
/// runtime/native/mesh_string.h), never through the fields. Concatenation (<see cref="Concat"/>) makes
/// repeated appends amortised O(length of the piece): see <see cref="AppendBuffer"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct MeshString
{
    /// <summary>The length in bytes, with <see cref="AppendableFlag"/> set for an appendable string.</summary>
    public long Len;

    /// <summary>Bit 63 of the first word: the string is an appendable view (the length is the other bits).</summary>
    public const long AppendableFlag = long.MinValue;

    /// <summary>Results at least this long whose left operand is the longer part get spare capacity.</summary>
    private const long AppendableFrom = 64;

    /// <summary>Length in bytes (either layout).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Length(MeshString* s) => s->Len & long.MaxValue;

    /// <summary>The first byte (either layout); for a fresh flat string, where to write its contents.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Bytes(MeshString* s) => s->Len >= 0 ? (byte*)s + sizeof(long) : ((View*)s)->Data;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Span(MeshString* s) =>
        s == null ? default : new ReadOnlySpan<byte>(Bytes(s), checked((int)Length(s)));

    /// <summary>Allocates a zeroed flat string of <paramref name="len"/> bytes on the current actor's heap (pointer-free).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MeshString* Alloc(long len)
    {
        var s = (MeshString*)Heaps.AllocBytes(sizeof(long) + len);
        s->Len = len;
        return s;
    }

    /// <summary>
    /// A flat string of <paramref name="len"/> bytes whose bytes are undefined: the caller writes all of
    /// them before the string is used (saves clearing what is overwritten at once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MeshString* AllocUninitialized(long len)
    {
        var s = (MeshString*)Heaps.AllocBytesUninitialized(sizeof(long) + len);
        s->Len = len;
        return s;
    }

    public static MeshString* FromSpan(ReadOnlySpan<byte> bytes)
    {
        var s = AllocUninitialized(bytes.Length);
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

    /// <summary>
    /// The concatenation of <paramref name="count"/> strings (<c>a &lt;&gt; b</c>, interpolation), or null
    /// when it would be longer than <paramref name="maxLength"/>.
    /// </summary>
    public static MeshString* Concat(MeshString** parts, int count, long maxLength)
    {
        byte** bytes = stackalloc byte*[count];
        long* lengths = stackalloc long[count];
        for (int i = 0; i < count; i++)
        {
            bytes[i] = Bytes(parts[i]);
            lengths[i] = Length(parts[i]);
        }
        return Concat(parts[0], bytes, lengths, count, maxLength, parts);
    }

    /// <summary>
    /// The concatenation of <paramref name="count"/> byte ranges, or null when it would be longer than
    /// <paramref name="maxLength"/>. <paramref name="first"/> is the string that range 0 comes from (null
    /// when it is not a string); <paramref name="strings"/>, when not null, has the string of every range,
    /// so that a single non-empty string part can be the result itself (strings are values).
    ///
    /// When <paramref name="first"/> is an appendable string that ends exactly where its buffer's used
    /// bytes end and the buffer has room, the other ranges are written after it in place and the result
    /// is a new view of the same buffer: <paramref name="first"/> still sees only its own bytes, so values
    /// stay immutable. Otherwise the result is copied into a new string, which gets spare capacity when it
    /// looks like an accumulator (long enough, and the first part is at least half of it).
    /// </summary>
    public static MeshString* Concat(MeshString* first, byte** bytes, long* lengths, int count, long maxLength, MeshString** strings)
    {
        long firstLen = lengths[0];
        long total = 0;
        int nonEmpty = 0, only = 0;
        for (int i = 0; i < count; i++)
        {
            if (lengths[i] == 0) continue;
            total += lengths[i];
            if (nonEmpty++ == 0) only = i;
        }
        if (total > maxLength) return null;
        if (nonEmpty == 0 && strings != null) return strings[0];
        if (nonEmpty == 1 && strings != null) return strings[only];

        var actor = Actor.Current;
        if (first != null && first->Len < 0 && actor != null)
        {
            var buffer = AppendBuffer.Of(first);
            if (buffer->Used == firstLen && (buffer->Cap >= total || AppendBuffer.GrowInPlace(buffer, total)))
            {
                byte* at = AppendBuffer.BytesOf(buffer) + firstLen;
                for (int i = 1; i < count; i++) at = CopyOut(bytes[i], lengths[i], at);
                buffer->Used = total;
                return View.New(buffer, total);
            }
        }

        if (first == null || actor == null || total < AppendableFrom || 2 * firstLen < total)
        {
            var flat = AllocUninitialized(total);
            byte* to = Bytes(flat);
            for (int i = 0; i < count; i++) to = CopyOut(bytes[i], lengths[i], to);
            return flat;
        }

        var fresh = AppendBuffer.New(Math.Min(2 * total, maxLength), maxLength);
        byte* dst = AppendBuffer.BytesOf(fresh);
        for (int i = 0; i < count; i++) dst = CopyOut(bytes[i], lengths[i], dst);
        fresh->Used = total;
        return View.New(fresh, total);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* CopyOut(byte* from, long n, byte* to) => CopyBytes(to, from, n);

    /// <summary>
    /// Copies <paramref name="n"/> bytes between ranges that do not overlap and returns the end of the
    /// copy. Up to 16 bytes (interpolated pieces, separators) are two overlapping loads and stores
    /// inline instead of a call to <c>Memmove</c>, which costs more than such a copy itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte* CopyBytes(byte* to, byte* from, long n)
    {
        if (n >= 8 && n <= 16)
        {
            ulong head = Unsafe.ReadUnaligned<ulong>(from), tail = Unsafe.ReadUnaligned<ulong>(from + n - 8);
            Unsafe.WriteUnaligned(to, head);
            Unsafe.WriteUnaligned(to + n - 8, tail);
        }
        else if (n >= 4 && n < 8)
        {
            uint head = Unsafe.ReadUnaligned<uint>(from), tail = Unsafe.ReadUnaligned<uint>(from + n - 4);
            Unsafe.WriteUnaligned(to, head);
            Unsafe.WriteUnaligned(to + n - 4, tail);
        }
        else if (n < 4)
        {
            for (long i = 0; i < n; i++) to[i] = from[i];
        }
        else
        {
            Unsafe.CopyBlockUnaligned(to, from, (uint)n);
        }
        return to + n;
    }

    /// <summary>An appendable string: <c>{ len | AppendableFlag, data }</c>, scanned (data keeps the buffer alive).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct View
    {
        public long LenAndFlag;
        public byte* Data;

        public static MeshString* New(AppendBuffer* buffer, long len)
        {
            var v = (View*)Heaps.Alloc(sizeof(View));
            v->LenAndFlag = len | AppendableFlag;
            v->Data = AppendBuffer.BytesOf(buffer);
            return (MeshString*)v;
        }
    }

    /// <summary>
    /// The bytes behind appendable strings: <c>{ int64 used; int64 cap; int64 limit; uint8 bytes[cap]; }</c>,
    /// pointer-free, on the owning actor's heap. Every view of a buffer starts at its first byte; <c>used</c>
    /// is the length of the longest view made so far, so only a view of exactly that length may append in
    /// place (two appends to the same prefix: the second one copies). Buffers never leave their actor
    /// (messages copy string bytes), so this needs no locking.
    ///
    /// A big buffer (<see cref="ReserveFrom"/>) starts a reservation (<see cref="Heaps.AllocReserved"/>:
    /// a 256 KiB slot of the runtime's arena, or a mapping of its own when bigger) and grows in place up
    /// to <c>limit</c>, the way realloc grows a C buffer: no copy, and only the pages written become
    /// memory. Copying into a buffer twice the size at every doubling touched about four times the final
    /// length in fresh pages, each a trap to the hypervisor on a VM.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct AppendBuffer
    {
        public long Used;
        public long Cap;
        public long Limit; // bytes the buffer may grow to in place (0: Cap is fixed)

        /// <summary>Buffers at least this big (header included) are made in a reservation.</summary>
        private const long ReserveFrom = 16 * 1024;

        /// <summary>A reservation has room for at least 8 times the first capacity.</summary>
        private const long ReserveFactor = 8;

        public static AppendBuffer* Of(MeshString* view) => (AppendBuffer*)(((View*)view)->Data - sizeof(AppendBuffer));

        public static byte* BytesOf(AppendBuffer* b) => (byte*)b + sizeof(AppendBuffer);

        public static AppendBuffer* New(long cap, long maxLength)
        {
            long bytes = sizeof(AppendBuffer) + cap;
            if (bytes >= ReserveFrom)
            {
                var reserved = (AppendBuffer*)Heaps.AllocReserved(bytes, sizeof(AppendBuffer) + ReserveFactor * cap, out long room);
                if (reserved != null)
                {
                    reserved->Used = 0;
                    reserved->Cap = cap;
                    reserved->Limit = Math.Min(maxLength, room - sizeof(AppendBuffer));
                    return reserved;
                }
            }
            var b = (AppendBuffer*)Heaps.AllocBytesUninitialized(bytes);
            b->Used = 0;
            b->Cap = cap;
            b->Limit = 0;
            return b;
        }

        /// <summary>
        /// Makes room for <paramref name="total"/> bytes without moving the buffer (by half again its
        /// capacity at least, so that growing costs a few calls); false when its reservation is too small.
        /// </summary>
        public static bool GrowInPlace(AppendBuffer* b, long total)
        {
            if (b->Limit < total) return false;
            long cap = Math.Min(b->Limit, Math.Max(total, b->Cap + b->Cap / 2));
            if (!Heaps.Commit(b, sizeof(AppendBuffer) + cap)) return false;
            b->Cap = cap;
            return true;
        }
    }
}
