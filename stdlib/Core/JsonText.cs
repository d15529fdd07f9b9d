using System.Globalization;
using System.Text;

namespace Mesh.Stdlib.Core;

/// <summary>The kinds of JSON value (RFC 8259).</summary>
internal enum JsonKind
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A parsed JSON value in managed memory. It holds no Mesh pointers, so the actor's collector may
/// run at any time while one is alive. Strings and keys are UTF-8; a number keeps its literal text.
/// </summary>
internal sealed class JsonNode(JsonKind kind)
{
    public JsonKind Kind { get; } = kind;

    /// <summary>String: the unescaped bytes. Number: the literal as written.</summary>
    public byte[] Text { get; init; } = [];

    public List<JsonNode> Items { get; } = [];

    public List<KeyValuePair<byte[], JsonNode>> Members { get; } = [];

    /// <summary>The value of a key; with duplicate keys the last one counts (as in JavaScript).</summary>
    public JsonNode? Get(ReadOnlySpan<byte> key)
    {
        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (Members[i].Key.AsSpan().SequenceEqual(key)) return Members[i].Value;
        }
        return null;
    }

    /// <summary>What a type error says was found: "a string", "an array", "the number 1.5", ...</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Null => "null",
        JsonKind.False => "false",
        JsonKind.True => "true",
        JsonKind.Number => "the number " + Encoding.UTF8.GetString(Text),
        JsonKind.String => "a string",
        JsonKind.Array => "an array",
        _ => "an object",
    };
}

/// <summary>
/// A strict RFC 8259 parser: one value with optional surrounding whitespace; no comments, trailing
/// commas, single quotes, NaN or unescaped control characters; escapes including surrogate pairs
/// (an unpaired surrogate is an error, since it has no UTF-8 form); input must be valid UTF-8.
/// Nesting is limited to <see cref="MaxDepth"/> levels so that hostile input cannot exhaust the
/// actor's stack. Never throws: failures come back as a message naming the line and column.
/// </summary>
internal ref struct JsonParser
{
    public const int MaxDepth = 128;

    private readonly ReadOnlySpan<byte> _s;
    private int _pos;
    private int _depth;
    private string? _error;
    private int _errorAt;

    private JsonParser(ReadOnlySpan<byte> s)
    {
        _s = s;
    }

    public static JsonNode? Parse(ReadOnlySpan<byte> text, out string error)
    {
        var parser = new JsonParser(text);
        error = "";
        var invalidAt = InvalidUtf8Offset(text);
        if (invalidAt < text.Length)
        {
            var at = invalidAt;
            error = "invalid JSON: the text is not valid UTF-8" + parser.Where(at);
            return null;
        }
        parser.SkipSpace();
        var node = parser.Value();
        if (node is not null)
        {
            parser.SkipSpace();
            if (parser._pos < text.Length) node = parser.Fail("unexpected " + parser.Found() + " after the JSON value");
        }
        if (node is null)
        {
            error = "invalid JSON: " + parser._error + parser.Where(parser._errorAt);
        }
        return node;
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(text[i..], out _, out var n) != System.Buffers.OperationStatus.Done) return i;
            i += n;
        }
        return text.Length;
    }

    /// <summary>" at line L, column C" (1-based; columns count characters).</summary>
    private readonly string Where(int at)
    {
        int line = 1, column = 1;
        for (var i = 0; i < at && i < _s.Length; i++)
        {
            if (_s[i] == (byte)'\n') { line++; column = 1; }
            else if ((_s[i] & 0xC0) != 0x80) column++;
        }
        return string.Create(CultureInfo.InvariantCulture, $" at line {line}, column {column}");
    }

    private JsonNode? Fail(string message) => Fail(message, _pos);

    private JsonNode? Fail(string message, int at)
    {
        if (_error is null)
        {
            _error = message;
            _errorAt = at;
        }
        return null;
    }

    /// <summary>The character at the current position, for messages: "'x'" or "the end of the text".</summary>
    private readonly string Found()
    {
        if (_pos >= _s.Length) return "end of the text";
        System.Text.Rune.DecodeFromUtf8(_s[_pos..], out var r, out _);
        return r.Value < 0x20 ? string.Create(CultureInfo.InvariantCulture, $"control character U+{r.Value:X4}") : $"'{r}'";
    }

    private void SkipSpace()
    {
        while (_pos < _s.Length && _s[_pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') _pos++;
    }

    private JsonNode? Value()
    {
        if (_pos >= _s.Length) return Fail("unexpected end of the text: expected a JSON value");
        switch (_s[_pos])
        {
            case (byte)'{':
                return Object();
            case (byte)'[':
                return Array();
            case (byte)'"':
                {
                    var text = String();
                    return text is null ? null : new JsonNode(JsonKind.String) { Text = text };
                }
            case (byte)'t':
                return Literal("true"u8, JsonKind.True);
            case (byte)'f':
                return Literal("false"u8, JsonKind.False);
            case (byte)'n':
                return Literal("null"u8, JsonKind.Null);
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                return Number();
            default:
                return Fail("expected a JSON value, found " + Found());
        }
    }

    private JsonNode? Literal(ReadOnlySpan<byte> word, JsonKind kind)
    {
        if (!_s[_pos..].StartsWith(word))
        {
            var end = _pos;
            while (end < _s.Length && char.IsAsciiLetter((char)_s[end])) end++;
            var found = Encoding.ASCII.GetString(_s[_pos..end]);
            return word.StartsWith(_s[_pos..end])
                ? Fail("invalid literal: expected " + Encoding.ASCII.GetString(word))
                : Fail($"expected a JSON value, found `{found}`");
        }
        _pos += word.Length;
        return new JsonNode(kind);
    }

    private JsonNode? Number()
    {
        var start = _pos;
        if (_s[_pos] == (byte)'-') _pos++;
        if (_pos < _s.Length && _s[_pos] == (byte)'0')
        {
            _pos++;
            if (_pos < _s.Length && _s[_pos] >= (byte)'0' && _s[_pos] <= (byte)'9') return Fail("a number cannot have a leading zero", start);
        }
        else if (!Digits())
        {
            return Fail("expected a digit in the number, found " + Found());
        }
        if (_pos < _s.Length && _s[_pos] == (byte)'.')
        {
            _pos++;
            if (!Digits()) return Fail("expected a digit after the decimal point, found " + Found());
        }
        if (_pos < _s.Length && _s[_pos] is (byte)'e' or (byte)'E')
        {
            _pos++;
            if (_pos < _s.Length && _s[_pos] is (byte)'+' or (byte)'-') _pos++;
            if (!Digits()) return Fail("expected a digit in the exponent, found " + Found());
        }
        return new JsonNode(JsonKind.Number) { Text = _s[start.._pos].ToArray() };
    }

    private bool Digits()
    {
        var start = _pos;
        while (_pos < _s.Length && _s[_pos] >= (byte)'0' && _s[_pos] <= (byte)'9') _pos++;
        return _pos > start;
    }

    /// <summary>A string literal at the current '"'; its unescaped UTF-8 bytes.</summary>
    private byte[]? String()
    {
        _pos++; // the opening quote
        var start = _pos;
        // Fast path: no escapes.
        while (_pos < _s.Length && _s[_pos] != (byte)'"' && _s[_pos] != (byte)'\\' && _s[_pos] >= 0x20) _pos++;
        if (_pos < _s.Length && _s[_pos] == (byte)'"')
        {
            _pos++;
            return _s[start..(_pos - 1)].ToArray();
        }
        var bytes = new List<byte>(_pos - start + 16);
        for (var i = start; i < _pos; i++) bytes.Add(_s[i]);
        Span<byte> utf8 = stackalloc byte[4];
        while (true)
        {
            if (_pos >= _s.Length)
            {
                Fail("unterminated string", start - 1);
                return null;
            }
            var c = _s[_pos];
            if (c == (byte)'"')
            {
                _pos++;
                return [.. bytes];
            }
            if (c < 0x20)
            {
                Fail("control character U+" + c.ToString("X4", CultureInfo.InvariantCulture) + " in a string (write it as an escape such as \\n)");
                return null;
            }
            if (c != (byte)'\\')
            {
                bytes.Add(c);
                _pos++;
                continue;
            }
            var escapeAt = _pos;
            _pos++;
            if (_pos >= _s.Length)
            {
                Fail("unterminated string", start - 1);
                return null;
            }
            var e = _s[_pos++];
            switch (e)
            {
                case (byte)'"': bytes.Add((byte)'"'); break;
                case (byte)'\\': bytes.Add((byte)'\\'); break;
                case (byte)'/': bytes.Add((byte)'/'); break;
                case (byte)'b': bytes.Add(0x08); break;
                case (byte)'f': bytes.Add(0x0C); break;
                case (byte)'n': bytes.Add((byte)'\n'); break;
                case (byte)'r': bytes.Add((byte)'\r'); break;
                case (byte)'t': bytes.Add((byte)'\t'); break;
                case (byte)'u':
                    {
                        if (Hex4() is not { } unit)
                        {
                            Fail("invalid \\u escape: expected four hexadecimal digits", escapeAt);
                            return null;
                        }
                        int scalar = unit;
                        if (unit is >= 0xD800 and <= 0xDBFF)
                        {
                            if (_pos + 1 < _s.Length && _s[_pos] == (byte)'\\' && _s[_pos + 1] == (byte)'u')
                            {
                                _pos += 2;
                                if (Hex4() is not { } low || low is < 0xDC00 or > 0xDFFF)
                                {
                                    Fail("invalid \\u escape: a high surrogate must be followed by a low surrogate", escapeAt);
                                    return null;
                                }
                                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                            }
                            else
                            {
                                Fail("invalid \\u escape: unpaired surrogate", escapeAt);
                                return null;
                            }
                        }
                        else if (unit is >= 0xDC00 and <= 0xDFFF)
                        {
                            Fail("invalid \\u escape: unpaired surrogate", escapeAt);
                            return null;
                        }
                        var n = new System.Text.Rune(scalar).EncodeToUtf8(utf8);
                        for (var i = 0; i < n; i++) bytes.Add(utf8[i]);
                        break;
                    }
                default:
                    _pos--;
                    Fail("invalid escape \\" + Found().Trim('\''), escapeAt);
                    return null;
            }
        }
    }

    private int? Hex4()
    {
        if (_pos + 4 > _s.Length) return null;
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            int d = _s[_pos + i] switch
            {
                >= (byte)'0' and <= (byte)'9' and var x => x - '0',
                >= (byte)'a' and <= (byte)'f' and var x => x - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' and var x => x - 'A' + 10,
                _ => -1,
            };
            if (d < 0) return null;
            value = value * 16 + d;
        }
        _pos += 4;
        return value;
    }

    private bool Enter()
    {
        if (++_depth > MaxDepth)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"nested more than {MaxDepth} levels deep"));
            return false;
        }
        return true;
    }

    private JsonNode? Array()
    {
        if (!Enter()) return null;
        _pos++;
        var node = new JsonNode(JsonKind.Array);
        SkipSpace();
        if (_pos < _s.Length && _s[_pos] == (byte)']')
        {
            _pos++;
            _depth--;
            return node;
        }
        while (true)
        {
            SkipSpace();
            if (Value() is not { } item) return null;
            node.Items.Add(item);
            SkipSpace();
            if (_pos < _s.Length && _s[_pos] == (byte)',')
            {
                _pos++;
                SkipSpace();
                if (_pos < _s.Length && _s[_pos] == (byte)']') return Fail("trailing comma before ']'");
                continue;
            }
            if (_pos < _s.Length && _s[_pos] == (byte)']')
            {
                _pos++;
                _depth--;
                return node;
            }
            return Fail("expected ',' or ']' in the array, found " + Found());
        }
    }

    private JsonNode? Object()
    {
        if (!Enter()) return null;
        _pos++;
        var node = new JsonNode(JsonKind.Object);
        SkipSpace();
        if (_pos < _s.Length && _s[_pos] == (byte)'}')
        {
            _pos++;
            _depth--;
            return node;
        }
        while (true)
        {
            SkipSpace();
            if (_pos >= _s.Length || _s[_pos] != (byte)'"') return Fail("expected a string key in the object, found " + Found());
            if (String() is not { } key) return null;
            SkipSpace();
            if (_pos >= _s.Length || _s[_pos] != (byte)':') return Fail("expected ':' after the object key, found " + Found());
            _pos++;
            SkipSpace();
            if (Value() is not { } value) return null;
            node.Members.Add(new(key, value));
            SkipSpace();
            if (_pos < _s.Length && _s[_pos] == (byte)',')
            {
                _pos++;
                SkipSpace();
                if (_pos < _s.Length && _s[_pos] == (byte)'}') return Fail("trailing comma before '}'");
                continue;
            }
            if (_pos < _s.Length && _s[_pos] == (byte)'}')
            {
                _pos++;
                _depth--;
                return node;
            }
            return Fail("expected ',' or '}' in the object, found " + Found());
        }
    }
}

/// <summary>
/// Compact JSON output (no spaces). Strings escape '"', '\\' and control characters (\n, \t, ...,
/// \u00XX for the rest) and keep every other character, non-ASCII included, as UTF-8. Floats use
/// the shortest digits that round-trip and always show a fraction or exponent (1.0, 95.5, 1e300);
/// NaN and the infinities, which JSON cannot express, are written as null.
/// </summary>
internal sealed class JsonWriter
{
    private byte[] _buffer = new byte[256];
    private int _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public int Length => _length;

    private Span<byte> Reserve(int n)
    {
        if (_length + n > _buffer.Length)
        {
            var size = Math.Max(_buffer.Length * 2L, (long)_length + n);
            System.Array.Resize(ref _buffer, (int)Math.Min(size, System.Array.MaxLength));
        }
        return _buffer.AsSpan(_length, n);
    }

    public bool Overflowed { get; private set; }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if ((long)_length + bytes.Length > Strings.MaxLength)
        {
            Overflowed = true;
            return;
        }
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    public void Byte(byte b)
    {
        Reserve(1)[0] = b;
        _length++;
    }

    public unsafe void Int(long value)
    {
        byte* digits = stackalloc byte[24];
        byte* end = digits + 24;
        byte* start = Strings.FormatIntBackwards(value, end);
        Raw(new ReadOnlySpan<byte>(start, (int)(end - start)));
    }

    public void Bool(bool value) => Raw(value ? "true"u8 : "false"u8);

    public void Float(double value)
    {
        if (!double.IsFinite(value))
        {
            Raw("null"u8);
            return;
        }
        Span<byte> buf = stackalloc byte[400];
        var magnitude = Math.Abs(value);
        int n;
        if (magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e16))
        {
            n = Strings.FormatFloat(value, buf);
            if (buf[..n].IndexOf((byte)'.') < 0)
            {
                buf[n++] = (byte)'.';
                buf[n++] = (byte)'0';
            }
        }
        else
        {
            n = Scientific(value, buf);
        }
        Raw(buf[..n]);
    }

    /// <summary>The shortest round-trip digits as <c>d[.ddd]e[-]x</c>: 1e300, 1.5e-7, 1.2345678901234568e16.</summary>
    private static int Scientific(double value, Span<byte> dst)
    {
        Span<byte> r = stackalloc byte[40];
        value.TryFormat(r, out var rn, "R", CultureInfo.InvariantCulture);
        Span<byte> digits = stackalloc byte[32];
        int nd = 0, pointAt = -1, exp = 0, i = 0, pos = 0;
        if (r[0] == (byte)'-') { dst[pos++] = (byte)'-'; i = 1; }
        for (; i < rn; i++)
        {
            var c = r[i];
            if (c == (byte)'.') { pointAt = nd; continue; }
            if (c is (byte)'E' or (byte)'e')
            {
                exp = int.Parse(r[(i + 1)..rn], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            digits[nd++] = c;
        }
        if (pointAt < 0) pointAt = nd;
        var start = 0;
        while (start < nd - 1 && digits[start] == (byte)'0') { start++; pointAt--; }
        var end = nd;
        while (end > start + 1 && digits[end - 1] == (byte)'0') end--;
        // value = 0.d1d2d3... x 10^(pointAt + exp), so d1.d2d3... x 10^(pointAt + exp - 1)
        dst[pos++] = digits[start];
        if (end - start > 1)
        {
            dst[pos++] = (byte)'.';
            digits[(start + 1)..end].CopyTo(dst[pos..]);
            pos += end - start - 1;
        }
        dst[pos++] = (byte)'e';
        (pointAt + exp - 1).TryFormat(dst[pos..], out var en, default, CultureInfo.InvariantCulture);
        return pos + en;
    }

    public void String(ReadOnlySpan<byte> utf8)
    {
        Byte((byte)'"');
        var start = 0;
        for (var i = 0; i < utf8.Length;)
        {
            var c = utf8[i];
            if (c >= 0x20 && c != (byte)'"' && c != (byte)'\\' && c < 0x80)
            {
                i++;
                continue;
            }
            if (c >= 0x80)
            {
                if (System.Text.Rune.DecodeFromUtf8(utf8[i..], out _, out var n) == System.Buffers.OperationStatus.Done)
                {
                    i += n;
                    continue;
                }
                // Not UTF-8 (Mesh strings always are; this keeps the output valid regardless).
                Raw(utf8[start..i]);
                Raw("\\ufffd"u8);
                i += Math.Max(n, 1);
                start = i;
                continue;
            }
            Raw(utf8[start..i]);
            switch (c)
            {
                case (byte)'"': Raw("\\\""u8); break;
                case (byte)'\\': Raw("\\\\"u8); break;
                case (byte)'\n': Raw("\\n"u8); break;
                case (byte)'\r': Raw("\\r"u8); break;
                case (byte)'\t': Raw("\\t"u8); break;
                case 0x08: Raw("\\b"u8); break;
                case 0x0C: Raw("\\f"u8); break;
                default:
                    Raw("\\u00"u8);
                    Byte((byte)"0123456789abcdef"[c >> 4]);
                    Byte((byte)"0123456789abcdef"[c & 0xF]);
                    break;
            }
            i++;
            start = i;
        }
        Raw(utf8[start..]);
        Byte((byte)'"');
    }

    /// <summary>A parsed value, compactly.</summary>
    public void Node(JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonKind.Null: Raw("null"u8); break;
            case JsonKind.False: Raw("false"u8); break;
            case JsonKind.True: Raw("true"u8); break;
            case JsonKind.Number: Raw(node.Text); break;
            case JsonKind.String: String(node.Text); break;
            case JsonKind.Array:
                Byte((byte)'[');
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (i > 0) Byte((byte)',');
                    Node(node.Items[i]);
                }
                Byte((byte)']');
                break;
            default:
                Byte((byte)'{');
                for (var i = 0; i < node.Members.Count; i++)
                {
                    if (i > 0) Byte((byte)',');
                    String(node.Members[i].Key);
                    Byte((byte)':');
                    Node(node.Members[i].Value);
                }
                Byte((byte)'}');
                break;
        }
    }
}
