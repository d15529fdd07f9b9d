using System.Globalization;
using System.Runtime.InteropServices;
using Mesh.Runtime.Memory;

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

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_new")]
    public static MeshString* New(byte* bytes, long len)
    {
        if (len < 0) len = 0;
        var s = MeshString.Alloc(len);
        if (len > 0) Buffer.MemoryCopy(bytes, MeshString.Bytes(s), len, len);
        return s;
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_string_concat")]
    public static MeshString* Concat(MeshString* a, MeshString* b)
    {
        var sa = MeshString.Span(a);
        var sb = MeshString.Span(b);
        var s = MeshString.Alloc(sa.Length + sb.Length);
        var dst = new Span<byte>(MeshString.Bytes(s), sa.Length + sb.Length);
        sa.CopyTo(dst);
        sb.CopyTo(dst[sa.Length..]);
        return s;
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
        Span<byte> buf = stackalloc byte[24];
        v.TryFormat(buf, out int n, default, CultureInfo.InvariantCulture);
        return MeshString.FromSpan(buf[..n]);
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
        var bytes = MeshString.Span(s);
        long count = 0;
        foreach (var b in bytes)
        {
            // Every scalar has exactly one byte that is not a UTF-8 continuation byte (10xxxxxx).
            if ((b & 0xC0) != 0x80) count++;
        }
        return count;
    }

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
