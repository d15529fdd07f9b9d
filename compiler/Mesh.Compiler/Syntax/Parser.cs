using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax;

/// <summary>
/// Recursive-descent parser with precedence climbing for expressions. It builds the green tree directly
/// and keeps every token, so the tree always prints back to the exact input.
/// </summary>
/// <remarks>
/// Newlines: the lexer emits every line break. The parser keeps a stack of modes: inside <c>( [ {</c>,
/// map literals and interpolations newlines are trivia; inside <c>do … end</c> bodies (and at the top level)
/// they terminate statements. A newline followed by a line starting with <c>|&gt;</c> continues the
/// expression. Recovery: each statement that fails reports one diagnostic and the parser skips to the next
/// newline, <c>end</c> or item keyword in column 1.
/// </remarks>
internal sealed partial class Parser
{
    /// <summary>Maximum nesting of expressions, patterns and types before <see cref="DiagnosticCode.NestingTooDeep"/>.</summary>
    public const int MaxDepth = 200;

    /// <summary>Maximum length of one chain of binary/postfix operators (the tree grows one level per operator).</summary>
    public const int MaxChainLength = 2000;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<LexToken> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly GreenBuilder _builder = new();
    private readonly List<bool> _newlineModes = [true];

    private int _pos;
    private int _emitted;
    private int _depth;
    private bool _depthReported;
    private bool _chainReported;

    // After a nesting-too-deep report the rest of that top-level item is not worth diagnosing.
    private bool _suppressErrors;
    private int _lastErrorPos = -1;
    private int _errorCount;
    private int _prevSigEnd;
    private int _statementStart = -1;

    // Restrictions for expressions in headers: `if f(x) do` must not treat `do` as a trailing closure.
    private bool _noTrailingDo;

    private Parser(SourceText source, List<LexToken> tokens, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    public static GreenNode Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var tokens = Lexer.Lex(source, diagnostics);
        var parser = new Parser(source, tokens, diagnostics);
        return parser.ParseSourceFile();
    }

    // ------------------------------------------------------------------ token access

    private bool NewlinesSignificant => _newlineModes[^1];

    private void PushNewlines(bool significant) => _newlineModes.Add(significant);

    private void PopNewlines()
    {
        if (_newlineModes.Count > 1)
        {
            _newlineModes.RemoveAt(_newlineModes.Count - 1);
        }
    }

    private bool IsSkippable(SyntaxKind kind)
        => SyntaxFacts.IsTrivia(kind) || kind == SyntaxKind.BadToken || (kind == SyntaxKind.Newline && !NewlinesSignificant);

    private int SigIndex(int from)
    {
        while (from < _tokens.Count - 1 && IsSkippable(_tokens[from].Kind))
        {
            from++;
        }
        return from;
    }

    private int CurrentIndex => SigIndex(_pos);

    private LexToken CurrentToken => _tokens[CurrentIndex];

    private SyntaxKind Current => _tokens[CurrentIndex].Kind;

    private string TokenText(LexToken t) => _text.Substring(t.Start, t.Length);

    private string CurrentText => TokenText(CurrentToken);

    private SyntaxKind Nth(int n)
    {
        var i = CurrentIndex;
        for (var k = 0; k < n && i < _tokens.Count - 1; k++)
        {
            i = SigIndex(i + 1);
        }
        return _tokens[i].Kind;
    }

    private LexToken NthToken(int n)
    {
        var i = CurrentIndex;
        for (var k = 0; k < n && i < _tokens.Count - 1; k++)
        {
            i = SigIndex(i + 1);
        }
        return _tokens[i];
    }

    private bool At(SyntaxKind kind) => Current == kind;

    private bool AtContextual(string word) => Current == SyntaxKind.Ident && CurrentText == word;

    private bool AtEnd => Current == SyntaxKind.EndOfFile;

    /// <summary>True when no line break separates the previous significant token from the current one.</summary>
    private bool OnSameLine() => _text.IndexOf('\n', _prevSigEnd, Math.Max(0, CurrentToken.Start - _prevSigEnd)) < 0;

    /// <summary>Column (1-based) of the current token.</summary>
    private int CurrentColumn => _source.GetPosition(CurrentToken.Start).Column;

    // ------------------------------------------------------------------ tree building

    /// <summary>Emits skipped trivia and separators up to the current significant token.</summary>
    private void FlushTrivia()
    {
        var upTo = CurrentIndex;
        Emit(upTo);
        _pos = upTo;
    }

    private void Emit(int upTo)
    {
        for (var i = _emitted; i < upTo; i++)
        {
            var t = _tokens[i];
            _builder.Token(t.Kind, TokenText(t));
        }
        _emitted = Math.Max(_emitted, upTo);
    }

    private void Bump()
    {
        var i = CurrentIndex;
        if (_tokens[i].Kind == SyntaxKind.EndOfFile)
        {
            return;
        }
        Emit(i);
        var t = _tokens[i];
        _builder.Token(t.Kind, TokenText(t));
        _pos = _emitted = i + 1;
        _prevSigEnd = t.End;
    }

    private int Checkpoint()
    {
        FlushTrivia();
        return _builder.Checkpoint();
    }

    private void StartNode(SyntaxKind kind)
    {
        FlushTrivia();
        _builder.StartNode(kind);
    }

    private void StartNodeAt(int checkpoint, SyntaxKind kind) => _builder.StartNodeAt(checkpoint, kind);

    private void FinishNode() => _builder.FinishNode();

    /// <summary>Skips significant newlines (they become trivia of whatever comes next).</summary>
    private void SkipNewlines()
    {
        while (Current == SyntaxKind.Newline)
        {
            _pos = CurrentIndex + 1;
        }
    }

    /// <summary>Skips newlines and semicolons between statements.</summary>
    private void SkipSeparators()
    {
        while (Current is SyntaxKind.Newline or SyntaxKind.Semicolon)
        {
            _pos = CurrentIndex + 1;
        }
    }

    private bool Eat(SyntaxKind kind)
    {
        if (At(kind))
        {
            Bump();
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ diagnostics

    private string Found()
    {
        var t = CurrentToken;
        switch (t.Kind)
        {
            case SyntaxKind.EndOfFile:
                return "end of file";
            case SyntaxKind.Newline:
                return "end of line";
            case SyntaxKind.StringStart:
                return "a string";
            case SyntaxKind.Ident or SyntaxKind.IntLiteral or SyntaxKind.FloatLiteral or SyntaxKind.AtomLiteral:
                var text = TokenText(t);
                return $"'{(text.Length > 24 ? text[..24] + "…" : text)}'";
            default:
                return SyntaxFacts.Describe(t.Kind);
        }
    }

    /// <summary>
    /// The span to blame for something missing at the current token: the token itself, or, when it starts a
    /// later line (so the problem is really at the end of the previous line), the end of the previous token.
    /// </summary>
    private TextSpan ErrorSpan()
    {
        var t = CurrentToken;
        if (CurrentIndex == _statementStart && t.Kind != SyntaxKind.EndOfFile)
        {
            return t.Span; // a statement that cannot start here: blame the token itself
        }
        if (_prevSigEnd > 0 && (t.Kind is SyntaxKind.Newline or SyntaxKind.EndOfFile || _text.AsSpan(_prevSigEnd, Math.Max(0, t.Start - _prevSigEnd)).Contains('\n')))
        {
            return new TextSpan(_prevSigEnd, 0);
        }
        return t.Span;
    }

    /// <summary>True when the lexer already complained about characters right before the current token.</summary>
    private bool PrecededByBadToken()
    {
        for (var i = CurrentIndex - 1; i >= 0; i--)
        {
            var k = _tokens[i].Kind;
            if (k == SyntaxKind.BadToken)
            {
                return true;
            }
            if (!SyntaxFacts.IsTrivia(k) && k != SyntaxKind.Newline)
            {
                return false;
            }
        }
        return false;
    }

    private bool Error(DiagnosticCode code, string message, string? hint = null, TextSpan? span = null, string? label = null,
        (TextSpan Span, string Message)? secondary = null)
    {
        var s = span ?? ErrorSpan();
        if (_suppressErrors || s.Start == _lastErrorPos || PrecededByBadToken())
        {
            return false;
        }
        _lastErrorPos = s.Start;
        _errorCount++;
        var d = new Diagnostic(code, message, _source, s, label, hint);
        if (secondary is { } sec)
        {
            d = d with { SecondaryLabels = [new DiagnosticLabel(_source, sec.Span, sec.Message)] };
        }
        _diagnostics.Add(d);
        return true;
    }

    private bool Expect(SyntaxKind kind, string? context = null, string? hint = null)
    {
        if (Eat(kind))
        {
            return true;
        }
        var what = SyntaxFacts.Describe(kind);
        Error(DiagnosticCode.ExpectedToken, $"expected {what}{(context is null ? "" : " " + context)}, found {Found()}", hint);
        return false;
    }

    /// <summary>Consumes the current token into an ERROR node.</summary>
    private void BumpError()
    {
        StartNode(SyntaxKind.Error);
        Bump();
        FinishNode();
    }

    // ------------------------------------------------------------------ depth guard

    private bool EnterDepth()
    {
        _depth++;
        if (_depth <= MaxDepth)
        {
            return true;
        }
        if (!_depthReported)
        {
            _depthReported = true;
            _suppressErrors = true;
            var t = CurrentToken;
            _diagnostics.Error(DiagnosticCode.NestingTooDeep, $"nesting is too deep (more than {MaxDepth} levels)", _source,
                t.Span, "too deeply nested", "split the expression into smaller functions or let bindings");
            _errorCount++;
        }
        SkipNestedWithoutRecursion();
        _depth--;
        return false;
    }

    private void ExitDepth() => _depth--;

    /// <summary>Swallows a nested region into an ERROR node by counting brackets, without recursion.</summary>
    private void SkipNestedWithoutRecursion()
    {
        StartNode(SyntaxKind.Error);
        var balance = 0;
        while (!AtEnd)
        {
            var k = Current;
            if (balance == 0 && k == SyntaxKind.DoKw && _noTrailingDo)
            {
                break; // the `do` of an enclosing `if`/`while`/`for` header
            }
            if (IsOpener(k))
            {
                balance++;
            }
            else if (IsCloser(k))
            {
                if (balance == 0)
                {
                    break;
                }
                balance--;
            }
            else if (balance == 0 && k is SyntaxKind.Newline or SyntaxKind.Comma or SyntaxKind.Semicolon)
            {
                break;
            }
            Bump();
        }
        FinishNode();
    }

    private static bool IsOpener(SyntaxKind k)
        => k is SyntaxKind.LParen or SyntaxKind.LBracket or SyntaxKind.LBrace or SyntaxKind.PercentLBrace
            or SyntaxKind.InterpolationStart or SyntaxKind.DoKw or SyntaxKind.StringStart;

    private static bool IsCloser(SyntaxKind k)
        => k is SyntaxKind.RParen or SyntaxKind.RBracket or SyntaxKind.RBrace or SyntaxKind.InterpolationEnd
            or SyntaxKind.EndKw or SyntaxKind.StringEnd;

    // ------------------------------------------------------------------ recovery

    /// <summary>
    /// After a failed statement: skips to the end of the line (respecting brackets), stopping before
    /// <c>end</c>/<c>else</c> and before an item keyword in column 1. Skipped tokens go into one ERROR node.
    /// </summary>
    private void RecoverToStatementEnd(bool stopAtBar = false)
    {
        if (AtStatementEnd(stopAtBar))
        {
            return;
        }
        StartNode(SyntaxKind.Error);
        var balance = 0;
        var guard = 0;
        while (!AtEnd)
        {
            var k = Current;
            if (balance == 0 && (AtStatementEnd(stopAtBar) || AtColumnOneItem()))
            {
                break;
            }
            if (k is SyntaxKind.LParen or SyntaxKind.LBracket or SyntaxKind.LBrace or SyntaxKind.PercentLBrace)
            {
                balance++;
                Bump();
                PushNewlines(false);
                continue;
            }
            if (k is SyntaxKind.RParen or SyntaxKind.RBracket or SyntaxKind.RBrace)
            {
                if (balance > 0)
                {
                    PopNewlines();
                    balance--;
                }
                Bump();
                continue;
            }
            if (balance > 0 && AtColumnOneItem())
            {
                break;
            }
            Bump();
            if (++guard > 1_000_000)
            {
                break;
            }
        }
        while (balance-- > 0)
        {
            PopNewlines();
        }
        FinishNode();
    }

    private bool AtStatementEnd(bool stopAtBar = false)
        => Current is SyntaxKind.Newline or SyntaxKind.Semicolon or SyntaxKind.EndKw or SyntaxKind.ElseKw or SyntaxKind.EndOfFile
            || (stopAtBar && Current == SyntaxKind.Bar);

    /// <summary>An item keyword at the very start of a line: almost certainly a new top-level item.</summary>
    private bool AtColumnOneItem() => IsItemStart() && IsAtLineStart() && CurrentColumn == 1;

    private bool IsAtLineStart()
    {
        var start = CurrentToken.Start;
        return start == 0 || _text[start - 1] is '\n' or '\r';
    }
}
