using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// String.split, String.join, String.to_int and String.to_float (the rules of upstream, which uses
/// Rust's <c>str::split</c>, <c>join</c>, <c>i64::from_str</c> and <c>f64::from_str</c>).
///
/// Results use the runtime's object layouts (docs/architecture.md, "Values"): a list is
/// flat, <c>{ len, items, items[len] }</c> (runtime/native/mesh_list.h), an Option is <c>{ i64 tag, slot value }</c> with tag 0 = Some,
/// 1 = None. Everything is allocated on the current actor's heap; pointers to objects being built are
/// kept in locals, which the conservative collector sees on the actor's stack.
/// </summary>
public static unsafe class StringParts
{
    /// <summary>
    /// String.split: the pieces between non-overlapping occurrences of the separator, left to right,
    /// empty pieces included (<c>"a,,b,"</c> by <c>","</c> is <c>[a, , b, ]</c>; the empty string gives one
    /// empty piece). An empty separator matches at every scalar boundary, both ends included:
    /// <c>"ab"</c> gives <c>["", "a", "b", ""]</c> and <c>""</c> gives <c>["", ""]</c>.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_split")]
    public static long* Split(MeshString* s, MeshString* separator)
    {
        var text = MeshString.Span(s);
        var sep = MeshString.Span(separator);
        long count;
        if (sep.IsEmpty)
        {
            count = Strings.UnitCount(text) + 2;
        }
        else
        {
            count = 1;
            for (var rest = text; ;)
            {
                var i = rest.IndexOf(sep);
                if (i < 0) break;
                count++;
                rest = rest[(i + sep.Length)..];
            }
        }

        // the collector does not move objects, so the spans stay valid across allocations
        var list = (long*)Heaps.Alloc(16 + 8 * count);
        list[0] = count;
        list[1] = (long)(list + 2); // items pointer: a flat list (runtime/native/mesh_list.h)
        var items = list + 2;
        long n = 0;
        if (sep.IsEmpty)
        {
            items[n++] = (long)Piece(s, 0, 0);
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i < text.Length && Strings.IsContinuation(text[i])) continue;
                items[n++] = (long)Piece(s, start, i);
                start = i;
            }
            items[n++] = (long)Piece(s, text.Length, text.Length);
        }
        else
        {
            var start = 0;
            while (true)
            {
                var i = text[start..].IndexOf(sep);
                if (i < 0) break;
                items[n++] = (long)Piece(s, start, start + i);
                start += i + sep.Length;
            }
            items[n++] = (long)Piece(s, start, text.Length);
        }
        return list;
    }

    /// <summary>A new string holding bytes [from, to) of <paramref name="s"/> (the shared empty string if empty).</summary>
    private static MeshString* Piece(MeshString* s, int from, int to)
    {
        if (from == to) return Strings.Empty;
        return MeshString.FromSpan(MeshString.Span(s)[from..to]);
    }

    /// <summary>
    /// C# half of <c>mesh_string_join</c> (runtime/native/stdlib_native2.c): the strings of the list with
    /// the separator between consecutive ones (<c>""</c> for an empty list, the item itself for one item).
    /// Null when the result would be longer than the longest possible string.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_string_join")]
    public static MeshString* Join(long* list, MeshString* separator)
    {
        var count = list[0];
        var items = (MeshString**)list[1]; // flat or a view (runtime/native/mesh_list.h)
        if (count == 0) return Strings.Empty;
        if (count == 1) return items[0];
        long sepLen = MeshString.Span(separator).Length;
        long total = sepLen * (count - 1);
        for (long i = 0; i < count; i++)
        {
            total += MeshString.Span(items[i]).Length;
            if (total > Strings.MaxLength) return null;
        }
        if (total > Strings.MaxLength) return null;
        if (total == 0) return Strings.Empty;
        var result = MeshString.AllocUninitialized(total);
        byte* dst = MeshString.Bytes(result);
        byte* sep = sepLen == 0 ? null : MeshString.Bytes(separator);
        // The lengths were summed above, so the copies fit exactly; pieces are short as a rule,
        // and CopyBytes copies short ones inline.
        dst = MeshString.CopyBytes(dst, MeshString.Bytes(items[0]), MeshString.Length(items[0]));
        for (long i = 1; i < count; i++)
        {
            dst = MeshString.CopyBytes(dst, sep, sepLen);
            dst = MeshString.CopyBytes(dst, MeshString.Bytes(items[i]), MeshString.Length(items[i]));
        }
        return result;
    }

    /// <summary>
    /// String.to_int: Some(n) when the string, without leading and trailing Unicode white space, is an
    /// optional <c>+</c> or <c>-</c> followed by one or more ASCII digits whose value fits in an Int
    /// (leading zeros allowed); None otherwise (empty, a lone sign, other characters, underscores,
    /// non-ASCII digits, hex, out of range).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_to_int")]
    public static long* ToInt(MeshString* s)
    {
        var text = Trimmed(MeshString.Span(s));
        return TryParseInt(text, out var value) ? TaggedValues.Some(value) : TaggedValues.None();
    }

    private static bool TryParseInt(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var negative = false;
        if (!text.IsEmpty && (text[0] == (byte)'+' || text[0] == (byte)'-'))
        {
            negative = text[0] == (byte)'-';
            text = text[1..];
        }
        if (text.IsEmpty) return false;
        // accumulate negatively so that the smallest Int parses
        long acc = 0;
        foreach (var c in text)
        {
            if (c < (byte)'0' || c > (byte)'9') return false;
            var digit = c - '0';
            if (acc < (long.MinValue + digit) / 10) return false;
            acc = acc * 10 - digit;
        }
        if (!negative)
        {
            if (acc == long.MinValue) return false;
            acc = -acc;
        }
        value = acc;
        return true;
    }

    /// <summary>
    /// String.to_float: Some(x) when the trimmed string is, ignoring ASCII case, an optional sign and
    /// then <c>inf</c>, <c>infinity</c>, <c>nan</c>, or a decimal number: digits with an optional point
    /// (<c>1</c>, <c>1.</c>, <c>.5</c>, <c>1.5</c>, at least one digit) and an optional exponent
    /// (<c>e</c>, optional sign, one or more digits). The value is correctly rounded; magnitudes beyond
    /// the Float range give infinity, tiny ones zero. None otherwise (hex, underscores, a lone point, ...).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_to_float")]
    public static long* ToFloat(MeshString* s)
    {
        var text = Trimmed(MeshString.Span(s));
        return TryParseFloat(text, out var value)
            ? TaggedValues.Some(BitConverter.DoubleToInt64Bits(value))
            : TaggedValues.None();
    }

    private static bool TryParseFloat(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var body = text;
        var negative = false;
        if (!body.IsEmpty && (body[0] == (byte)'+' || body[0] == (byte)'-'))
        {
            negative = body[0] == (byte)'-';
            body = body[1..];
        }
        if (Ascii.EqualsIgnoreCase(body, "inf"u8) || Ascii.EqualsIgnoreCase(body, "infinity"u8))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (Ascii.EqualsIgnoreCase(body, "nan"u8))
        {
            value = double.NaN;
            return true;
        }

        // Number ::= ( Digit+ | Digit+ '.' Digit* | Digit* '.' Digit+ ) ( [eE] [+-]? Digit+ )?
        var i = 0;
        var intDigits = CountDigits(body, i);
        i += intDigits;
        var fracDigits = 0;
        if (i < body.Length && body[i] == (byte)'.')
        {
            i++;
            fracDigits = CountDigits(body, i);
            i += fracDigits;
        }
        if (intDigits + fracDigits == 0) return false;
        var mantissaEnd = i;
        long exponent = 0;
        if (i < body.Length && (body[i] == (byte)'e' || body[i] == (byte)'E'))
        {
            i++;
            var expNegative = false;
            if (i < body.Length && (body[i] == (byte)'+' || body[i] == (byte)'-'))
            {
                expNegative = body[i] == (byte)'-';
                i++;
            }
            var expDigits = CountDigits(body, i);
            if (expDigits == 0) return false;
            foreach (var c in body.Slice(i, expDigits))
            {
                // saturate: anything beyond a few thousand already means infinity or zero
                if (exponent < 1_000_000_000) exponent = exponent * 10 + (c - '0');
            }
            if (expNegative) exponent = -exponent;
            i += expDigits;
        }
        if (i != body.Length) return false;

        // Hand .NET (correctly rounded since .NET Core 3.0) a canonical ASCII form with a bounded exponent.
        var mantissa = body[..mantissaEnd];
        if (mantissa.IndexOfAnyInRange((byte)'1', (byte)'9') < 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }
        // the decimal exponent of the first significant digit bounds the result: above 10^309 it is
        // infinite, below 10^-400 it is zero (the smallest subnormal is about 4.9e-324)
        var firstSignificant = mantissa.IndexOfAnyInRange((byte)'1', (byte)'9');
        var point = mantissa.IndexOf((byte)'.');
        if (point < 0) point = mantissa.Length;
        long magnitude = exponent + (firstSignificant < point ? point - firstSignificant - 1 : -(firstSignificant - point));
        if (magnitude > 400)
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (magnitude < -400)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }
        var canonical = Encoding.ASCII.GetString(mantissa) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        if (!double.TryParse(canonical, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    private static int CountDigits(ReadOnlySpan<byte> text, int from)
    {
        var n = 0;
        while (from + n < text.Length && text[from + n] >= (byte)'0' && text[from + n] <= (byte)'9') n++;
        return n;
    }

    /// <summary>The bytes without leading and trailing Unicode White_Space (as String.trim).</summary>
    private static ReadOnlySpan<byte> Trimmed(ReadOnlySpan<byte> bytes)
    {
        var from = 0;
        while (from < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[from..], out var r, out var n) != OperationStatus.Done || !Rune.IsWhiteSpace(r)) break;
            from += n;
        }
        var to = bytes.Length;
        while (to > from)
        {
            if (Rune.DecodeLastFromUtf8(bytes[from..to], out var r, out var n) != OperationStatus.Done || !Rune.IsWhiteSpace(r)) break;
            to -= n;
        }
        return bytes[from..to];
    }
}
