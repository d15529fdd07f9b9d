using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Memory;
using Mesh.Stdlib.Text;

namespace Mesh.Stdlib.Core;

/// <summary>
/// String primitives of the Mesh ABI. Strings are <c>{ i64 len; u8 bytes[len] }</c>
/// (UTF-8, immutable). New strings are allocated on the current actor's heap;
/// constant results (true/false/inf/...) are immortal and shared.
/// </summary>
public static unsafe class Strings
{
    private static readonly MeshString* s_true = MeshString.Immortal("true"u8);
    private static readonly MeshString* s_false = MeshString.Immortal("false"u8);
    private static readonly MeshString* s_nan = MeshString.Immortal("NaN"u8);
    private static readonly MeshString* s_inf = MeshString.Immortal("inf"u8);
    private static readonly MeshString* s_negInf = MeshString.Immortal("-inf"u8);
    private static readonly MeshString* s_empty = MeshString.Immortal(""u8);

    /// <summary>The shared immortal empty string.</summary>
    internal static MeshString* Empty => s_empty;

    /// <summary>
    /// The longest string the runtime can hold (<see cref="MeshString.Span"/> indexes with an int).
    /// Functions whose result could exceed it return null from their C# half and a native wrapper
    /// (runtime/native/stdlib_native.c) turns that into a Mesh panic.
    /// </summary>
    internal const long MaxLength = int.MaxValue;

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_new")]
    public static MeshString* New(byte* bytes, long len)
    {
        if (len < 0) len = 0;
        var s = MeshString.AllocUninitialized(len);
        if (len > 0) Buffer.MemoryCopy(bytes, MeshString.Bytes(s), len, len);
        return s;
    }

    /// <summary>
    /// C# half of <c>mesh_string_concat</c>, <c>mesh_string_concat3</c> and <c>mesh_string_concat4</c>
    /// (runtime/native/stdlib_native.c): the parts one after the other, appended in place when the first
    /// part allows it (<see cref="MeshString.Concat"/>). Null when the result would be too long.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_concat_n")]
    public static MeshString* ConcatN(MeshString** parts, long count) =>
        count <= 0 ? s_empty : MeshString.Concat(parts, (int)count, MaxLength);

    /// <summary>How <c>mesh_string_concat_mixed</c> reads a part: 2 bits per part, part 0 in the lowest bits.</summary>
    private const long PartAbsent = 0, PartString = 1, PartInt = 2, PartFloat = 3;

    /// <summary>
    /// C# half of <c>mesh_string_concat_mixed</c> (interpolation with Int or Float parts): up to four
    /// parts, each a string or a number displayed in place, so a number costs no string of its own.
    /// <paramref name="kinds"/> has 2 bits per part (<see cref="PartString"/>, <see cref="PartInt"/>,
    /// <see cref="PartFloat"/>; absent parts end the list). Null when the result would be too long.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_concat_mixed")]
    public static MeshString* ConcatMixed(long kinds, long* words)
    {
        const int MaxParts = 4, NumberRoom = 400; // FormatFloat needs at most 330 bytes
        byte* numbers = stackalloc byte[MaxParts * NumberRoom];
        byte** bytes = stackalloc byte*[MaxParts];
        long* lengths = stackalloc long[MaxParts];
        int count = 0;
        for (; count < MaxParts; count++)
        {
            long kind = (kinds >> (2 * count)) & 3;
            if (kind == PartAbsent) break;
            long word = words[count];
            if (kind == PartString)
            {
                bytes[count] = MeshString.Bytes((MeshString*)word);
                lengths[count] = MeshString.Length((MeshString*)word);
                continue;
            }
            byte* room = numbers + count * NumberRoom;
            if (kind == PartInt)
            {
                byte* end = room + NumberRoom;
                bytes[count] = FormatIntBackwards(word, end);
                lengths[count] = end - bytes[count];
                continue;
            }
            bytes[count] = room;
            lengths[count] = FormatFloatText(BitConverter.Int64BitsToDouble(word), new Span<byte>(room, NumberRoom));
        }
        if (count == 0) return s_empty;
        var first = (kinds & 3) == PartString ? (MeshString*)words[0] : null;
        return MeshString.Concat(first, bytes, lengths, count, MaxLength, null);
    }

    /// <summary>
    /// Writes the decimal digits of <paramref name="v"/> so that they end just before <paramref name="end"/>
    /// and returns where they start (at most 20 bytes). Interpolating an Int is the commonest piece of
    /// string building; the general formatter's culture lookups cost more than the digits.
    /// </summary>
    internal static byte* FormatIntBackwards(long v, byte* end)
    {
        ulong u = v < 0 ? 0UL - (ulong)v : (ulong)v;
        byte* p = end;
        do
        {
            ulong q = u / 10;
            *--p = (byte)('0' + (int)(u - q * 10));
            u = q;
        }
        while (u != 0);
        if (v < 0) *--p = (byte)'-';
        return p;
    }

    /// <summary>A Float as Display shows it (<c>mesh_float_to_string</c>), written into <paramref name="dst"/>.</summary>
    private static int FormatFloatText(double v, Span<byte> dst)
    {
        ReadOnlySpan<byte> special = double.IsNaN(v) ? "NaN"u8 : double.IsPositiveInfinity(v) ? "inf"u8 : double.IsNegativeInfinity(v) ? "-inf"u8 : default;
        if (!special.IsEmpty)
        {
            special.CopyTo(dst);
            return special.Length;
        }
        return FormatFloat(v, dst);
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_eq")]
    public static sbyte Eq(MeshString* a, MeshString* b) =>
        a == b || MeshString.Span(a).SequenceEqual(MeshString.Span(b)) ? (sbyte)1 : (sbyte)0;

    /// <summary>Ordinal byte comparison: -1, 0 or 1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_compare")]
    public static long Compare(MeshString* a, MeshString* b) =>
        Math.Sign(MeshString.Span(a).SequenceCompareTo(MeshString.Span(b)));

    [UnmanagedCallersOnly(EntryPoint = "mesh_int_to_string")]
    public static MeshString* IntToString(long v)
    {
        byte* digits = stackalloc byte[24];
        byte* end = digits + 24;
        byte* start = FormatIntBackwards(v, end);
        return MeshString.FromSpan(new ReadOnlySpan<byte>(start, (int)(end - start)));
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_float_to_string")]
    public static MeshString* FloatToString(double v)
    {
        if (double.IsNaN(v)) return s_nan;
        if (double.IsPositiveInfinity(v)) return s_inf;
        if (double.IsNegativeInfinity(v)) return s_negInf;
        Span<byte> buf = stackalloc byte[400];
        int n = FormatFloat(v, buf);
        return MeshString.FromSpan(buf[..n]);
    }

    /// <summary>Length in Unicode scalar values (not bytes, not UTF-16 units).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_length")]
    public static long Length(MeshString* s)
    {
        // Every scalar has exactly one byte that is not a UTF-8 continuation byte (10xxxxxx).
        return UnitCount(MeshString.Span(s));
    }

    // ---- Mesh-visible String functions (StdlibCatalog). Indices count Unicode scalar values. ----
    //
    // A string is a sequence of units: one byte that is not a UTF-8 continuation byte (10xxxxxx)
    // followed by its continuation bytes. For valid UTF-8 (everything Mesh creates) a unit is one
    // Unicode scalar; should invalid bytes ever get in, every function here still agrees with
    // String.length and never splits or drops bytes.

    /// <summary>Scalars <c>[start, end)</c>; both indices clamped to <c>[0, length]</c>, an empty result when end &lt;= start.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_slice")]
    public static MeshString* Slice(MeshString* s, long start, long end)
    {
        var bytes = MeshString.Span(s);
        if (end <= start || end <= 0) return s_empty;
        var from = OffsetOfUnit(bytes, 0, Math.Max(start, 0));
        var to = OffsetOfUnit(bytes, from, end - Math.Max(start, 0));
        if (from == 0 && to == bytes.Length) return s;
        return from == to ? s_empty : MeshString.FromSpan(bytes[from..to]);
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_contains")]
    public static sbyte Contains(MeshString* s, MeshString* needle) =>
        MeshString.Span(s).IndexOf(MeshString.Span(needle)) >= 0 ? (sbyte)1 : (sbyte)0;

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_starts_with")]
    public static sbyte StartsWith(MeshString* s, MeshString* prefix) =>
        MeshString.Span(s).StartsWith(MeshString.Span(prefix)) ? (sbyte)1 : (sbyte)0;

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_ends_with")]
    public static sbyte EndsWith(MeshString* s, MeshString* suffix) =>
        MeshString.Span(s).EndsWith(MeshString.Span(suffix)) ? (sbyte)1 : (sbyte)0;

    /// <summary>Removes Unicode White_Space (spaces, tabs, newlines, NBSP, ideographic space, ...) from both ends.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_trim")]
    public static MeshString* Trim(MeshString* s) => Trim(s, start: true, end: true);

    /// <summary>String.trim_start: Unicode White_Space removed from the start only.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_trim_start")]
    public static MeshString* TrimStart(MeshString* s) => Trim(s, start: true, end: false);

    /// <summary>String.trim_end: Unicode White_Space removed from the end only.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_trim_end")]
    public static MeshString* TrimEnd(MeshString* s) => Trim(s, start: false, end: true);

    private static MeshString* Trim(MeshString* s, bool start, bool end)
    {
        var bytes = MeshString.Span(s);
        var from = 0;
        while (start && from < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[from..], out var r, out var n) != System.Buffers.OperationStatus.Done || !Rune.IsWhiteSpace(r)) break;
            from += n;
        }
        var to = bytes.Length;
        while (end && to > from)
        {
            if (Rune.DecodeLastFromUtf8(bytes[from..to], out var r, out var n) != System.Buffers.OperationStatus.Done || !Rune.IsWhiteSpace(r)) break;
            to -= n;
        }
        if (from == 0 && to == bytes.Length) return s;
        return from == to ? s_empty : MeshString.FromSpan(bytes[from..to]);
    }

    /// <summary>C# half of <c>mesh_string_to_upper</c> (stdlib_native.c): null when the result would be too long.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_to_upper")]
    public static MeshString* ToUpper(MeshString* s) => MapCase(s, upper: true);

    /// <summary>C# half of <c>mesh_string_to_lower</c> (stdlib_native.c): null when the result would be too long.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_to_lower")]
    public static MeshString* ToLower(MeshString* s) => MapCase(s, upper: false);

    /// <summary>Full Unicode case mapping (see <see cref="UnicodeCase"/>): one pass to measure, one to write.</summary>
    private static MeshString* MapCase(MeshString* s, bool upper)
    {
        var bytes = MeshString.Span(s);
        var length = MapCase(bytes, upper, null);
        if (length > MaxLength) return null;
        var result = MeshString.Alloc(length);
        MapCase(MeshString.Span(s), upper, MeshString.Bytes(result));
        return result;
    }

    private static long MapCase(ReadOnlySpan<byte> src, bool upper, byte* dst)
    {
        long written = 0;
        for (var i = 0; i < src.Length;)
        {
            var status = Rune.DecodeFromUtf8(src[i..], out var r, out var n);
            var at = dst == null ? null : dst + written;
            if (status != System.Buffers.OperationStatus.Done)
            {
                // not UTF-8: keep the bytes as they are
                if (at != null) src.Slice(i, n).CopyTo(new Span<byte>(at, n));
                written += n;
            }
            else
            {
                written += upper ? UnicodeCase.Upper(r, at) : UnicodeCase.Lower(r, src, i, i + n, at);
            }
            i += n;
        }
        return written;
    }

    /// <summary>
    /// C# half of <c>mesh_string_replace</c>: every non-overlapping occurrence of <paramref name="pattern"/>,
    /// left to right, replaced by <paramref name="with"/>. An empty pattern matches before every scalar and at
    /// the end (<c>"ab"</c> with <c>""</c> → <c>"-"</c> gives <c>"-a-b-"</c>). Null when the result would be too long.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_replace")]
    public static MeshString* Replace(MeshString* s, MeshString* pattern, MeshString* with)
    {
        var text = MeshString.Span(s);
        var pat = MeshString.Span(pattern);
        var rep = MeshString.Span(with);
        long count = 0;
        if (pat.IsEmpty)
        {
            count = UnitCount(text) + 1;
        }
        else
        {
            for (var i = text.IndexOf(pat); i >= 0;)
            {
                count++;
                var next = text[(i + pat.Length)..].IndexOf(pat);
                i = next < 0 ? -1 : i + pat.Length + next;
            }
            if (count == 0) return s;
        }
        var length = text.Length + count * ((long)rep.Length - pat.Length);
        if (length > MaxLength) return null;
        if (length == 0) return s_empty;
        var result = MeshString.Alloc(length);
        text = MeshString.Span(s);
        pat = MeshString.Span(pattern);
        rep = MeshString.Span(with);
        var dst = new Span<byte>(MeshString.Bytes(result), (int)length);
        if (pat.IsEmpty)
        {
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i < text.Length && IsContinuation(text[i])) continue;
                rep.CopyTo(dst);
                dst = dst[rep.Length..];
                text[start..i].CopyTo(dst);
                dst = dst[(i - start)..];
                start = i;
            }
            rep.CopyTo(dst);
        }
        else
        {
            for (var i = text.IndexOf(pat); i >= 0; i = text.IndexOf(pat))
            {
                text[..i].CopyTo(dst);
                rep.CopyTo(dst[i..]);
                dst = dst[(i + rep.Length)..];
                text = text[(i + pat.Length)..];
            }
            text.CopyTo(dst);
        }
        return result;
    }

    /// <summary>
    /// C# half of <c>mesh_string_repeat</c>: <paramref name="count"/> copies of the string, empty when
    /// count &lt;= 0. Null when the result would be too long.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_repeat")]
    public static MeshString* Repeat(MeshString* s, long count)
    {
        var len = MeshString.Span(s).Length;
        if (count <= 0 || len == 0) return s_empty;
        if (count == 1) return s;
        if (count > MaxLength / len) return null;
        var total = len * count;
        var result = MeshString.AllocUninitialized(total);
        var src = MeshString.Span(s);
        var dst = new Span<byte>(MeshString.Bytes(result), (int)total);
        src.CopyTo(dst);
        // doubling copies: log2(count) calls
        for (long filled = len; filled < total;)
        {
            var chunk = (int)Math.Min(filled, total - filled);
            dst[..chunk].CopyTo(dst[(int)filled..]);
            filled += chunk;
        }
        return result;
    }

    /// <summary>The scalars in reverse order (combining marks are scalars too and move with them).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_reverse")]
    public static MeshString* Reverse(MeshString* s)
    {
        var len = MeshString.Span(s).Length;
        if (len <= 1) return s;
        var result = MeshString.Alloc(len);
        var src = MeshString.Span(s);
        var dst = new Span<byte>(MeshString.Bytes(result), len);
        var end = len;
        var pos = 0;
        for (var i = len - 1; i >= 0; i--)
        {
            if (IsContinuation(src[i]) && i > 0) continue;
            src[i..end].CopyTo(dst[pos..]);
            pos += end - i;
            end = i;
        }
        return result;
    }

    /// <summary>A UTF-8 continuation byte (not the start of a character); shared with <see cref="StringParts"/>.</summary>
    internal static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    /// <summary>The number of characters (code points) in UTF-8 text.</summary>
    internal static long UnitCount(ReadOnlySpan<byte> bytes)
    {
        long count = bytes.Length;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            count -= ContinuationsIn(Word(bytes, i));
        }
        for (; i < bytes.Length; i++)
        {
            if (IsContinuation(bytes[i])) count--;
        }
        return count;
    }

    /// <summary>
    /// The byte offset reached by skipping <paramref name="units"/> units from <paramref name="from"/>
    /// (the end of the string if it has fewer): the position of the <paramref name="units"/>-th unit
    /// start after <paramref name="from"/>. Eight bytes at a time while the unit is not among them,
    /// so slicing near the end of a long string does not walk it byte by byte.
    /// </summary>
    internal static int OffsetOfUnit(ReadOnlySpan<byte> bytes, int from, long units)
    {
        if (units <= 0 || from >= bytes.Length) return from;
        int i = from + 1;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            int starts = 8 - ContinuationsIn(Word(bytes, i));
            if (starts >= units) break;
            units -= starts;
        }
        for (; i < bytes.Length; i++)
        {
            if (!IsContinuation(bytes[i]) && --units == 0) return i;
        }
        return bytes.Length;
    }

    private static ulong Word(ReadOnlySpan<byte> bytes, int at) =>
        System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref MemoryMarshal.GetReference(bytes), at));

    /// <summary>How many of the eight bytes in <paramref name="w"/> are continuation bytes (10xxxxxx).</summary>
    private static int ContinuationsIn(ulong w) =>
        System.Numerics.BitOperations.PopCount(w & ~(w << 1) & 0x8080808080808080UL);

    [UnmanagedCallersOnly(EntryPoint = "mesh_bool_to_string")]
    public static MeshString* BoolToString(sbyte b) => b != 0 ? s_true : s_false;

    /// <summary>
    /// Formats a finite double like Rust's <c>Display</c> for f64: the shortest digits
    /// that round-trip, positional notation only (no exponent), no ".0" on integral
    /// values. <paramref name="dst"/> needs at most 330 bytes.
    /// </summary>
    public static int FormatFloat(double v, Span<byte> dst)
    {
        // "R" yields the shortest round-trip digits, sometimes in exponent form ("1E+21").
        Span<byte> r = stackalloc byte[40];
        v.TryFormat(r, out int rn, "R", CultureInfo.InvariantCulture);
        r = r[..rn];

        int pos = 0;
        int i = 0;
        if (r[0] == (byte)'-') { dst[pos++] = (byte)'-'; i = 1; }

        Span<byte> digits = stackalloc byte[32];
        int nd = 0;
        int pointAt = -1; // number of digits before the decimal point
        int exp = 0;
        for (; i < r.Length; i++)
        {
            byte c = r[i];
            if (c == (byte)'.') { pointAt = nd; continue; }
            if (c == (byte)'E' || c == (byte)'e')
            {
                exp = int.Parse(System.Text.Encoding.ASCII.GetString(r[(i + 1)..]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            digits[nd++] = c;
        }
        if (pointAt < 0) pointAt = nd;
        pointAt += exp;

        // strip leading zeros (keeping the point position consistent) and trailing zeros
        int start = 0;
        while (start < nd - 1 && digits[start] == (byte)'0') { start++; pointAt--; }
        var d = digits[start..nd];
        int len = d.Length;
        while (len > 1 && d[len - 1] == (byte)'0' && len > pointAt) len--;
        d = d[..len];

        if (d.Length == 1 && d[0] == (byte)'0')
        {
            dst[pos++] = (byte)'0';
            return pos;
        }
        if (pointAt <= 0)
        {
            dst[pos++] = (byte)'0';
            dst[pos++] = (byte)'.';
            for (int z = 0; z < -pointAt; z++) dst[pos++] = (byte)'0';
            d.CopyTo(dst[pos..]);
            pos += d.Length;
        }
        else if (pointAt >= d.Length)
        {
            d.CopyTo(dst[pos..]);
            pos += d.Length;
            for (int z = 0; z < pointAt - d.Length; z++) dst[pos++] = (byte)'0';
        }
        else
        {
            d[..pointAt].CopyTo(dst[pos..]);
            pos += pointAt;
            dst[pos++] = (byte)'.';
            d[pointAt..].CopyTo(dst[pos..]);
            pos += d.Length - pointAt;
        }
        return pos;
    }
}
