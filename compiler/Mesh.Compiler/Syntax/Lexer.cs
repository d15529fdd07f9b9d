using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax;

/// <summary>One lexed token: a kind and a range of the source text.</summary>
public readonly record struct LexToken(SyntaxKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}

/// <summary>
/// Turns source text into a flat list of tokens that covers every character: trivia (whitespace,
/// comments, newlines) included, ending with a zero-width <see cref="SyntaxKind.EndOfFile"/>. Strings are
/// split into start / content / interpolation / end tokens. Never throws; problems become diagnostics
/// and lexing continues.
/// </summary>
public sealed class Lexer
{
    private enum ModeKind
    {
        Normal,
        String,
        Interpolation,
    }

    private struct Mode
    {
        public ModeKind Kind;
        public bool Triple;
        public int BraceDepth;
        public int Start;
    }

    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<LexToken> _tokens = [];
    private readonly List<Mode> _modes = [new Mode { Kind = ModeKind.Normal }];
    private int _pos;

    private Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    public static List<LexToken> Lex(SourceText source, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(source, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    /// <summary>Convenience for tests: lexes a string and returns tokens with their text.</summary>
    public static IReadOnlyList<(SyntaxKind Kind, string Text)> LexText(string text, DiagnosticBag? diagnostics = null)
    {
        var source = new SourceText("<text>", text);
        var tokens = Lex(source, diagnostics ?? new DiagnosticBag());
        return tokens.Select(t => (t.Kind, text.Substring(t.Start, t.Length))).ToList();
    }

    private char Peek(int offset = 0)
    {
        var i = _pos + offset;
        return i < _text.Length ? _text[i] : '\0';
    }

    private bool AtEnd => _pos >= _text.Length;

    private void Add(SyntaxKind kind, int start) => _tokens.Add(new LexToken(kind, start, _pos - start));

    private void Error(DiagnosticCode code, string message, int start, int end, string? label = null, string? hint = null)
        => _diagnostics.Error(code, message, _source, TextSpan.FromBounds(start, end), label, hint);

    private void Run()
    {
        while (!AtEnd)
        {
            var mode = _modes[^1];
            if (mode.Kind == ModeKind.String)
            {
                LexStringContent(mode.Triple);
            }
            else
            {
                LexNormal();
            }
        }
        if (_modes.Count > 1)
        {
            // Report only the innermost unfinished construct: one problem, one diagnostic.
            var m = _modes[^1];
            if (m.Kind == ModeKind.Interpolation)
            {
                Error(DiagnosticCode.UnterminatedInterpolation, "unterminated string interpolation: missing '}'", m.Start, Math.Min(m.Start + 2, _text.Length),
                    "interpolation starts here", "close the interpolation with '}' and the string with '\"'");
            }
            else
            {
                var quote = m.Triple ? "\"\"\"" : "\"";
                Error(DiagnosticCode.UnterminatedString, "unterminated string literal", m.Start, Math.Min(m.Start + quote.Length, _text.Length),
                    "string starts here", $"add the closing {quote}");
            }
        }
        _tokens.Add(new LexToken(SyntaxKind.EndOfFile, _text.Length, 0));
    }

    private void LexStringContent(bool triple)
    {
        var start = _pos;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                if (Peek(1) == 'u')
                {
                    CheckUnicodeEscape();
                    continue;
                }
                _pos += _pos + 1 < _text.Length ? 2 : 1;
                continue;
            }
            if (!triple && c is '\n' or '\r')
            {
                // A plain string cannot span lines: stop here so one missing quote does not swallow the file.
                if (_pos > start)
                {
                    Add(SyntaxKind.StringContent, start);
                }
                var m = _modes[^1];
                _modes.RemoveAt(_modes.Count - 1);
                Error(DiagnosticCode.UnterminatedString, "unterminated string literal", m.Start, _pos, "string starts here",
                    "add the closing \" on this line; use \"\"\"…\"\"\" for strings that span lines");
                return;
            }
            if (c == '$' && Peek(1) == '{')
            {
                if (_pos > start)
                {
                    Add(SyntaxKind.StringContent, start);
                }
                var s = _pos;
                _pos += 2;
                Add(SyntaxKind.InterpolationStart, s);
                _modes.Add(new Mode { Kind = ModeKind.Interpolation, Start = s });
                return;
            }
            if (c == '#' && Peek(1) == '{')
            {
                WarnElixirStyleInterpolation();
            }
            if (c == '"' && (!triple || (Peek(1) == '"' && Peek(2) == '"')))
            {
                if (_pos > start)
                {
                    Add(SyntaxKind.StringContent, start);
                }
                var s = _pos;
                _pos += triple ? 3 : 1;
                Add(SyntaxKind.StringEnd, s);
                _modes.RemoveAt(_modes.Count - 1);
                return;
            }
            _pos++;
        }
        if (_pos > start)
        {
            Add(SyntaxKind.StringContent, start);
        }
        // End of input inside a string: reported once in Run().
    }

    /// <summary>
    /// At <c>\u</c>: accepts <c>\u{H…}</c> (1–6 hex digits, Elixir's, Gleam's and Rust's spelling) and <c>\uHHHH</c>
    /// (Elixir's, Go's and JavaScript's) naming a Unicode scalar value, and moves past it. Anything else is an
    /// error rather than the letter <c>u</c> followed by the digits, which is what the rule "any other \X yields X"
    /// would silently give.
    /// </summary>
    private void CheckUnicodeEscape()
    {
        var start = _pos;
        var length = LiteralValues.UnicodeEscapeLength(_text.AsSpan(_pos), out var scalar);
        if (length > 0 && scalar is not null)
        {
            _pos += length;
            return;
        }
        var end = length > 0 ? _pos + length : Math.Min(_pos + 2, _text.Length);
        _pos = end;
        var message = length > 0 ? "this unicode escape does not name a character (surrogates and values above 10FFFF are not characters)"
            : "invalid unicode escape";
        Error(DiagnosticCode.InvalidUnicodeEscape, message, start, end, "here",
            "write a code point as \\u{1F600} (1 to 6 hex digits) or \\u00E9 (exactly 4); \\\\u gives a backslash and u");
    }

    /// <summary>
    /// <c>"#{name}"</c> is Elixir's and Ruby's interpolation; Mesh's is <c>${name}</c>, so the text stays as written.
    /// Users coming from Elixir write it by habit and get no error, only wrong output: warn when what follows
    /// <c>#{</c> looks like an expression (a name, a field path or a call) closed on the same line.
    /// </summary>
    private void WarnElixirStyleInterpolation()
    {
        var i = _pos + 2;
        if (i >= _text.Length || !(char.IsAsciiLetter(_text[i]) || _text[i] == '_'))
        {
            return;
        }
        while (i < _text.Length && _text[i] is not ('}' or '"' or '\n' or '\r'))
        {
            i++;
        }
        if (i >= _text.Length || _text[i] != '}')
        {
            return;
        }
        var inner = _text.Substring(_pos + 2, i - _pos - 2);
        _diagnostics.Error(DiagnosticCode.ElixirStyleInterpolation, $"`#{{{inner}}}` is not interpolated: the text is printed as written", _source,
            TextSpan.FromBounds(_pos, i + 1), "this is literal text",
            $"Mesh interpolates with a dollar sign: `${{{inner}}}`; to keep the text and silence this warning, write `\\#{{{inner}}}`");
    }

    private void LexNormal()
    {
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case ' ' or '\t' or '\f' or '\v':
                while (!AtEnd && _text[_pos] is ' ' or '\t' or '\f' or '\v')
                {
                    _pos++;
                }
                Add(SyntaxKind.Whitespace, start);
                return;
            case '\n':
                _pos++;
                Add(SyntaxKind.Newline, start);
                return;
            case '\r':
                _pos++;
                if (Peek() == '\n')
                {
                    _pos++;
                }
                Add(SyntaxKind.Newline, start);
                return;
            case '#':
                LexComment();
                return;
            case '"':
                if (Peek(1) == '"' && Peek(2) == '"')
                {
                    _pos += 3;
                    Add(SyntaxKind.StringStart, start);
                    _modes.Add(new Mode { Kind = ModeKind.String, Triple = true, Start = start });
                }
                else
                {
                    _pos++;
                    Add(SyntaxKind.StringStart, start);
                    _modes.Add(new Mode { Kind = ModeKind.String, Triple = false, Start = start });
                }
                return;
            case >= '0' and <= '9':
                LexNumber();
                return;
            case '{':
                _pos++;
                BumpBrace(+1);
                Add(SyntaxKind.LBrace, start);
                return;
            case '}':
                _pos++;
                if (_modes[^1].Kind == ModeKind.Interpolation && _modes[^1].BraceDepth == 0)
                {
                    _modes.RemoveAt(_modes.Count - 1);
                    Add(SyntaxKind.InterpolationEnd, start);
                }
                else
                {
                    BumpBrace(-1);
                    Add(SyntaxKind.RBrace, start);
                }
                return;
        }

        if (SyntaxFacts.IsIdentStart(c))
        {
            _pos++;
            while (!AtEnd && SyntaxFacts.IsIdentContinue(_text[_pos]))
            {
                _pos++;
            }
            Add(SyntaxFacts.KeywordKind(_text.AsSpan(start, _pos - start)), start);
            return;
        }

        var kind = LexPunctuation(c);
        if (kind != SyntaxKind.None)
        {
            Add(kind, start);
            return;
        }

        // Anything else: gather a run of unknown characters into one bad token and one diagnostic.
        while (!AtEnd && IsUnknown(_pos))
        {
            _pos += char.IsHighSurrogate(_text[_pos]) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]) ? 2 : 1;
        }
        if (_pos == start)
        {
            _pos++;
        }
        Add(SyntaxKind.BadToken, start);
        var bad = _text.Substring(start, _pos - start);
        string? hint = bad switch
        {
            "&" => "use '&&' or 'and' for logical and",
            "'" => "strings use double quotes: \"...\"",
            _ => null,
        };
        Error(DiagnosticCode.UnexpectedCharacter,
            bad.Length == 1 || (bad.Length == 2 && char.IsSurrogatePair(bad[0], bad[1])) ? $"unexpected character '{bad}'" : $"unexpected characters '{bad}'",
            start, _pos, "not valid here", hint);
    }

    private void BumpBrace(int delta)
    {
        if (_modes[^1].Kind == ModeKind.Interpolation)
        {
            var m = _modes[^1];
            m.BraceDepth = Math.Max(0, m.BraceDepth + delta);
            _modes[^1] = m;
        }
    }

    private bool IsUnknown(int i)
    {
        var c = _text[i];
        if (c is ' ' or '\t' or '\f' or '\v' or '\n' or '\r' or '#' or '"' or '{' or '}' || char.IsAsciiDigit(c) || SyntaxFacts.IsIdentStart(c))
        {
            return false;
        }
        return c switch
        {
            '(' or ')' or '[' or ']' or ',' or ';' or '.' or ':' or '?' or '=' or '!' or '<' or '>' or '|' or '+' or '-' or '*' or '/' or '%' => false,
            '&' => i + 1 >= _text.Length || _text[i + 1] != '&',
            _ => true,
        };
    }

    private SyntaxKind LexPunctuation(char c)
    {
        var n = Peek(1);
        switch (c)
        {
            case '(': _pos++; return SyntaxKind.LParen;
            case ')': _pos++; return SyntaxKind.RParen;
            case '[': _pos++; return SyntaxKind.LBracket;
            case ']': _pos++; return SyntaxKind.RBracket;
            case ',': _pos++; return SyntaxKind.Comma;
            case ';': _pos++; return SyntaxKind.Semicolon;
            case '?': _pos++; return SyntaxKind.Question;
            case '*': _pos++; return SyntaxKind.Star;
            case '/': _pos++; return SyntaxKind.Slash;
            case '%':
                if (n == '{')
                {
                    _pos += 2;
                    BumpBrace(+1);
                    return SyntaxKind.PercentLBrace;
                }
                _pos++;
                return SyntaxKind.Percent;
            case '=':
                if (n == '=') { _pos += 2; return SyntaxKind.EqEq; }
                if (n == '>') { _pos += 2; return SyntaxKind.FatArrow; }
                _pos++;
                return SyntaxKind.Eq;
            case '!':
                if (n == '=') { _pos += 2; return SyntaxKind.BangEq; }
                _pos++;
                return SyntaxKind.Bang;
            case '<':
                if (n == '=') { _pos += 2; return SyntaxKind.LtEq; }
                if (n == '>') { _pos += 2; return SyntaxKind.LtGt; }
                _pos++;
                return SyntaxKind.Lt;
            case '>':
                if (n == '=') { _pos += 2; return SyntaxKind.GtEq; }
                _pos++;
                return SyntaxKind.Gt;
            case '&':
                if (n == '&') { _pos += 2; return SyntaxKind.AmpAmp; }
                return SyntaxKind.None;
            case '|':
                if (n == '|') { _pos += 2; return SyntaxKind.PipePipe; }
                if (n == '>') { _pos += 2; return SyntaxKind.PipeGt; }
                _pos++;
                return SyntaxKind.Bar;
            case '+':
                if (n == '+') { _pos += 2; return SyntaxKind.PlusPlus; }
                _pos++;
                return SyntaxKind.Plus;
            case '-':
                if (n == '>') { _pos += 2; return SyntaxKind.Arrow; }
                _pos++;
                return SyntaxKind.Minus;
            case '.':
                if (n == '.') { _pos += 2; return SyntaxKind.DotDot; }
                _pos++;
                return SyntaxKind.Dot;
            case ':':
                if (n == ':') { _pos += 2; return SyntaxKind.ColonColon; }
                if (n is (>= 'a' and <= 'z') or '_')
                {
                    _pos += 2;
                    while (!AtEnd && SyntaxFacts.IsIdentContinue(_text[_pos]))
                    {
                        _pos++;
                    }
                    return SyntaxKind.AtomLiteral;
                }
                _pos++;
                return SyntaxKind.Colon;
            default:
                return SyntaxKind.None;
        }
    }

    private void LexComment()
    {
        var start = _pos;
        if (Peek(1) == '=')
        {
            _pos += 2;
            var depth = 1;
            while (!AtEnd)
            {
                if (_text[_pos] == '#' && Peek(1) == '=')
                {
                    depth++;
                    _pos += 2;
                }
                else if (_text[_pos] == '=' && Peek(1) == '#')
                {
                    depth--;
                    _pos += 2;
                    if (depth == 0)
                    {
                        Add(SyntaxKind.BlockComment, start);
                        return;
                    }
                }
                else
                {
                    _pos++;
                }
            }
            Add(SyntaxKind.BlockComment, start);
            Error(DiagnosticCode.UnterminatedBlockComment, "unterminated block comment", start, start + 2,
                "comment starts here", depth > 1 ? $"block comments nest: {depth} '=#' are missing" : "close it with '=#'");
            return;
        }
        var kind = SyntaxKind.LineComment;
        if (Peek(1) == '#')
        {
            kind = Peek(2) == '!' ? SyntaxKind.ModuleDocComment : SyntaxKind.DocComment;
        }
        while (!AtEnd && _text[_pos] is not ('\n' or '\r'))
        {
            _pos++;
        }
        Add(kind, start);
    }

    private void LexNumber()
    {
        var start = _pos;
        var kind = SyntaxKind.IntLiteral;
        var radix = 10;
        if (_text[_pos] == '0' && Peek(1) is 'x' or 'X' or 'b' or 'B' or 'o' or 'O')
        {
            radix = Peek(1) switch { 'x' or 'X' => 16, 'b' or 'B' => 2, _ => 8 };
            _pos += 2;
            var digitsStart = _pos;
            while (!AtEnd && (IsDigit(_text[_pos], radix) || _text[_pos] == '_'))
            {
                _pos++;
            }
            var hasDigits = _text.AsSpan(digitsStart, _pos - digitsStart).ContainsAnyExcept('_');
            if (!AtEnd && SyntaxFacts.IsIdentContinue(_text[_pos]))
            {
                while (!AtEnd && SyntaxFacts.IsIdentContinue(_text[_pos]))
                {
                    _pos++;
                }
                Add(kind, start);
                Error(DiagnosticCode.InvalidNumberLiteral, $"invalid digit in base-{radix} literal '{_text[start.._pos]}'", start, _pos);
                return;
            }
            Add(kind, start);
            if (!hasDigits)
            {
                Error(DiagnosticCode.InvalidNumberLiteral, $"base-{radix} literal has no digits", start, _pos);
            }
            else if (!LiteralValues.TryParseInt(_text.AsSpan(start, _pos - start), out _))
            {
                Error(DiagnosticCode.IntegerLiteralTooLarge, "integer literal does not fit in 64 bits", start, _pos, "too large",
                    "Int is a 64-bit signed integer");
            }
            return;
        }

        EatDigits();
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            kind = SyntaxKind.FloatLiteral;
            _pos++;
            EatDigits();
        }
        var badExponent = false;
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            kind = SyntaxKind.FloatLiteral;
            _pos += Peek(1) is '+' or '-' ? 2 : 1;
            EatDigits();
        }
        else if (Peek() is 'e' or 'E' && !SyntaxFacts.IsIdentContinue(Peek(1)) && Peek(1) is not ('+' or '-'))
        {
            badExponent = true;
        }
        if (!AtEnd && SyntaxFacts.IsIdentContinue(_text[_pos]))
        {
            while (!AtEnd && SyntaxFacts.IsIdentContinue(_text[_pos]))
            {
                _pos++;
            }
            Add(kind, start);
            Error(DiagnosticCode.InvalidNumberLiteral, $"invalid number literal '{_text[start.._pos]}'", start, _pos,
                "a number cannot be followed directly by letters", badExponent ? "an exponent needs digits, as in 1e10" : null);
            return;
        }
        Add(kind, start);
        if (kind == SyntaxKind.IntLiteral && !LiteralValues.TryParseInt(_text.AsSpan(start, _pos - start), out _))
        {
            Error(DiagnosticCode.IntegerLiteralTooLarge, "integer literal does not fit in 64 bits", start, _pos, "too large",
                "Int is a 64-bit signed integer (max 9223372036854775807)");
        }
    }

    private void EatDigits()
    {
        while (!AtEnd && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }
    }

    private static bool IsDigit(char c, int radix) => radix switch
    {
        16 => char.IsAsciiHexDigit(c),
        8 => c is >= '0' and <= '7',
        2 => c is '0' or '1',
        _ => char.IsAsciiDigit(c),
    };
}
