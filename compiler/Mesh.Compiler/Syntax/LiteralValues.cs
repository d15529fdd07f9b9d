using System.Globalization;
using System.Text;

namespace Mesh.Compiler.Syntax;

/// <summary>Turns literal token text into values: integers, floats and string escapes.</summary>
public static class LiteralValues
{
    /// <summary>
    /// Parses decimal, <c>0x</c>, <c>0b</c> and <c>0o</c> literals with <c>_</c> separators. Decimal values must
    /// fit in a signed 64-bit integer; hex/binary/octal values may use all 64 bits (two's complement).
    /// </summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var radix = 10;
        if (text.Length >= 2 && text[0] == '0' && text[1] is 'x' or 'X' or 'b' or 'B' or 'o' or 'O')
        {
            radix = text[1] switch { 'x' or 'X' => 16, 'b' or 'B' => 2, _ => 8 };
            text = text[2..];
        }
        ulong acc = 0;
        var any = false;
        foreach (var c in text)
        {
            if (c == '_')
            {
                continue;
            }
            int d;
            if (c is >= '0' and <= '9')
            {
                d = c - '0';
            }
            else if (c is >= 'a' and <= 'f')
            {
                d = c - 'a' + 10;
            }
            else if (c is >= 'A' and <= 'F')
            {
                d = c - 'A' + 10;
            }
            else
            {
                return false;
            }
            if (d >= radix)
            {
                return false;
            }
            any = true;
            if (acc > (ulong.MaxValue - (ulong)d) / (ulong)radix)
            {
                return false;
            }
            acc = (acc * (ulong)radix) + (ulong)d;
        }
        if (!any)
        {
            return false;
        }
        if (radix == 10 && acc > long.MaxValue)
        {
            return false;
        }
        value = unchecked((long)acc);
        return true;
    }

    public static bool TryParseFloat(ReadOnlySpan<char> text, out double value)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (c != '_')
            {
                buffer[n++] = c;
            }
        }
        return double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Processes escapes in raw string content: <c>\n \t \r \0 \\ \"</c>, <c>\$</c>, and <c>\u{1F600}</c> /
    /// <c>\u00E9</c> (code points; the lexer has rejected malformed ones); any other
    /// <c>\X</c> yields <c>X</c> (as upstream Mesh does). Line breaks in the raw text are kept as written.
    /// </summary>
    /// <summary>
    /// The length of the unicode escape at the start of <paramref name="text"/> (which begins with <c>\u</c>):
    /// <c>\u{H…}</c> with 1–6 hex digits or <c>\uHHHH</c>; 0 when it has neither form. <paramref name="scalar"/> is
    /// null when the digits are well formed but name no Unicode scalar value (a surrogate, or above 10FFFF).
    /// </summary>
    public static int UnicodeEscapeLength(ReadOnlySpan<char> text, out Rune? scalar)
    {
        scalar = null;
        int digitsStart, digitsEnd, length;
        if (text.Length > 2 && text[2] == '{')
        {
            var close = text[3..].IndexOf('}');
            if (close < 1 || close > 6)
            {
                return 0;
            }
            digitsStart = 3;
            digitsEnd = 3 + close;
            length = digitsEnd + 1;
        }
        else
        {
            digitsStart = 2;
            digitsEnd = 6;
            length = 6;
            if (text.Length < 6)
            {
                return 0;
            }
        }
        var value = 0;
        foreach (var c in text[digitsStart..digitsEnd])
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return 0;
            }
            value = value * 16 + Convert.ToInt32(c.ToString(), 16);
        }
        if (Rune.IsValid(value))
        {
            scalar = new Rune(value);
        }
        return length;
    }

    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('\\') < 0)
        {
            return raw.ToString();
        }
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                sb.Append(c);
                continue;
            }
            if (raw[i + 1] == 'u' && UnicodeEscapeLength(raw[i..], out var scalar) is var length and > 0 && scalar is { } rune)
            {
                sb.Append(rune.ToString());
                i += length - 1;
                continue;
            }
            var e = raw[++i];
            sb.Append(e switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                _ => e,
            });
        }
        return sb.ToString();
    }
}
