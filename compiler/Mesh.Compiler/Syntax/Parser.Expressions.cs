using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax;

internal sealed partial class Parser
{
    private const int PrefixBp = 19;
    private const int PostfixBp = 21;
    private const int PipeLeftBp = 1;
    private const int PipeRightBp = 2;

    private static (int Left, int Right) InfixBp(SyntaxKind kind) => kind switch
    {
        SyntaxKind.PipeGt => (PipeLeftBp, PipeRightBp),
        SyntaxKind.OrKw or SyntaxKind.PipePipe => (3, 4),
        SyntaxKind.AndKw or SyntaxKind.AmpAmp => (5, 6),
        SyntaxKind.EqEq or SyntaxKind.BangEq => (7, 8),
        SyntaxKind.Lt or SyntaxKind.Gt or SyntaxKind.LtEq or SyntaxKind.GtEq => (9, 10),
        SyntaxKind.DotDot => (11, 12),
        SyntaxKind.LtGt or SyntaxKind.PlusPlus => (13, 14),
        SyntaxKind.ColonColon => (14, 13), // `x :: xs`, right-associative: `a :: b :: rest`
        SyntaxKind.Plus or SyntaxKind.Minus => (15, 16),
        SyntaxKind.Star or SyntaxKind.Slash or SyntaxKind.Percent => (17, 18),
        _ => (0, 0),
    };

    private static bool CanStartExpression(SyntaxKind k) => k is SyntaxKind.IntLiteral or SyntaxKind.FloatLiteral or SyntaxKind.AtomLiteral
        or SyntaxKind.StringStart or SyntaxKind.Ident or SyntaxKind.SelfKw or SyntaxKind.MonitorKw or SyntaxKind.TrueKw
        or SyntaxKind.FalseKw or SyntaxKind.NilKw or SyntaxKind.LParen or SyntaxKind.LBracket or SyntaxKind.PercentLBrace
        or SyntaxKind.Minus or SyntaxKind.Bang or SyntaxKind.NotKw or SyntaxKind.IfKw or SyntaxKind.CaseKw or SyntaxKind.MatchKw
        or SyntaxKind.FnKw or SyntaxKind.WhileKw or SyntaxKind.ForKw or SyntaxKind.BreakKw or SyntaxKind.ContinueKw
        or SyntaxKind.SpawnKw or SyntaxKind.SendKw or SyntaxKind.ReceiveKw or SyntaxKind.LinkKw or SyntaxKind.ReturnKw;

    // ------------------------------------------------------------------ blocks and statements

    /// <summary>Statements up to (not including) <c>end</c>; the caller owns <c>do</c> and <c>end</c>.</summary>
    private void ParseBlock(BlockKind kind, bool allowElse = false)
    {
        StartNode(SyntaxKind.BlockExpr);
        PushNewlines(true);
        var savedNoDo = _noTrailingDo;
        _noTrailingDo = false;
        var stopAtBar = kind == BlockKind.ClosureArm;
        var seenTerminate = false;
        while (true)
        {
            SkipSeparators();
            var k = Current;
            if (k is SyntaxKind.EndKw or SyntaxKind.EndOfFile || (stopAtBar && k == SyntaxKind.Bar))
            {
                break;
            }
            if (k == SyntaxKind.ElseKw || (allowElse && IsElseIfMisspelling()))
            {
                if (allowElse)
                {
                    break;
                }
                Error(DiagnosticCode.UnexpectedToken, "'else' without a matching 'if'", null, CurrentToken.Span);
                BumpError();
                RecoverToStatementEnd(stopAtBar);
                continue;
            }
            if (kind != BlockKind.Module && AtColumnOneItem())
            {
                break;
            }
            var errorsBefore = _errorCount;
            var before = CurrentIndex;
            _statementStart = before;
            if (kind == BlockKind.Actor && k == SyntaxKind.TerminateKw)
            {
                if (seenTerminate)
                {
                    Error(DiagnosticCode.UnexpectedToken, "an actor can have only one 'terminate' clause", null, CurrentToken.Span);
                }
                seenTerminate = true;
                ParseTerminateClause();
            }
            else
            {
                ParseItemOrStatement();
            }
            AfterStatement(errorsBefore, stopAtBar);
            if (CurrentIndex == before)
            {
                BumpError();
            }
        }
        _noTrailingDo = savedNoDo;
        PopNewlines();
        FinishNode();
    }

    private const string ImmutableBindingHint =
        "bind the new value with `let` (it shadows the old name); to carry a value through a loop, use recursion, `List.reduce` or a `for` comprehension";

    private void ParseLet()
    {
        StartNode(SyntaxKind.LetStmt);
        Bump(); // let
        if (At(SyntaxKind.Ident) && CurrentText == "mut" && Nth(1) == SyntaxKind.Ident)
        {
            // Rust's and Swift's habit: report it once, then read the binding as if `mut` were not there.
            Error(DiagnosticCode.InvalidAssignmentTarget, "Mesh has no `let mut`: every binding is immutable",
                ImmutableBindingHint, CurrentToken.Span);
            BumpError();
        }
        if (CanStartPattern(Current))
        {
            ParsePattern(allowTopCons: false, allowTopOr: false);
        }
        else if (!SkipKeywordAsName())
        {
            Error(DiagnosticCode.ExpectedPattern, $"expected a name or pattern after 'let', found {Found()}",
                SyntaxFacts.IsKeyword(Current) ? $"'{CurrentText}' is a keyword and cannot be used as a name" : null);
        }
        if (Eat(SyntaxKind.ColonColon))
        {
            ParseType();
        }
        if (Expect(SyntaxKind.Eq, "in this 'let' binding", At(SyntaxKind.Colon) ? "type annotations use '::', as in let x :: Int = 1" : null))
        {
            SkipNewlines();
            ParseExpr();
        }
        FinishNode();
    }

    // ------------------------------------------------------------------ expressions

    private bool ParseExprNoDo()
    {
        var saved = _noTrailingDo;
        _noTrailingDo = true;
        var ok = ParseExpr();
        _noTrailingDo = saved;
        return ok;
    }

    private enum LhsShape
    {
        Other,
        UpperName,
    }

    private bool ParseExpr(int minBp = 0)
    {
        if (!EnterDepth())
        {
            return false;
        }
        var cp = Checkpoint();
        var shape = ParseLhs();
        if (shape is null)
        {
            ExitDepth();
            return false;
        }
        var chain = 0;
        while (true)
        {
            var k = Current;
            if (++chain > MaxChainLength && !_chainReported)
            {
                _chainReported = true;
                _errorCount++;
                _diagnostics.Error(DiagnosticCode.NestingTooDeep, $"expression is too long (more than {MaxChainLength} chained operators)", _source,
                    CurrentToken.Span, null, "split it with let bindings");
            }
            if (k == SyntaxKind.LParen)
            {
                StartNodeAt(cp, SyntaxKind.CallExpr);
                ParseArgList();
                if (At(SyntaxKind.DoKw) && !_noTrailingDo)
                {
                    ParseTrailingClosure();
                }
                FinishNode();
                shape = LhsShape.Other;
                continue;
            }
            if (k == SyntaxKind.Dot)
            {
                StartNodeAt(cp, SyntaxKind.FieldAccessExpr);
                Bump();
                var upper = false;
                if (At(SyntaxKind.Ident) || (SyntaxFacts.IsKeyword(Current) && Current is not (SyntaxKind.DoKw or SyntaxKind.EndKw)))
                {
                    upper = char.IsUpper(CurrentText[0]);
                    Bump();
                }
                else
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected a field or method name after '.', found {Found()}");
                }
                FinishNode();
                shape = upper ? LhsShape.UpperName : LhsShape.Other;
                continue;
            }
            // Only a `[` written directly after its target indexes: `f [1, 2]` and a list on the next
            // line are not `f[...]`.
            if (k == SyntaxKind.LBracket && CurrentToken.Start == _prevSigEnd)
            {
                StartNodeAt(cp, SyntaxKind.IndexExpr);
                var open = CurrentToken.Span;
                Bump();
                PushNewlines(false);
                var saved = _noTrailingDo;
                _noTrailingDo = false;
                ParseExpr();
                _noTrailingDo = saved;
                ExpectCloser(SyntaxKind.RBracket, open);
                PopNewlines();
                FinishNode();
                shape = LhsShape.Other;
                continue;
            }
            if (k == SyntaxKind.Question)
            {
                if (minBp == PipeRightBp)
                {
                    // `x |> f(a)?` is `(x |> f(a))?`: the call only becomes a Result or Option once the piped
                    // value is its first argument (upstream reads `x |> (f(a)?)`, a type error).
                    break;
                }
                StartNodeAt(cp, SyntaxKind.TryExpr);
                Bump();
                FinishNode();
                shape = LhsShape.Other;
                continue;
            }
            if (k == SyntaxKind.LBrace && shape == LhsShape.UpperName)
            {
                StartNodeAt(cp, SyntaxKind.StructLiteralExpr);
                ParseStructLiteralBody();
                FinishNode();
                shape = LhsShape.Other;
                continue;
            }
            var (left, right) = InfixBp(k);
            if (left > 0)
            {
                if (left < minBp)
                {
                    break;
                }
                StartNodeAt(cp, SyntaxKind.BinaryExpr);
                Bump();
                SkipNewlines();
                ParseExpr(right);
                FinishNode();
                shape = LhsShape.Other;
                continue;
            }
            if (k == SyntaxKind.Newline && minBp <= PipeLeftBp && NextLineStartsWithPipe(out var pipeIndex))
            {
                _pos = pipeIndex;
                continue;
            }
            break;
        }
        ExitDepth();
        return true;
    }

    /// <summary>True when, after newlines and comments, the next token is <c>|&gt;</c> (a pipe continuation line).</summary>
    private bool NextLineStartsWithPipe(out int index)
    {
        var i = CurrentIndex;
        while (i < _tokens.Count - 1 && (_tokens[i].Kind == SyntaxKind.Newline || SyntaxFacts.IsTrivia(_tokens[i].Kind)))
        {
            i++;
        }
        index = i;
        return _tokens[i].Kind == SyntaxKind.PipeGt;
    }

    private void Leaf(SyntaxKind nodeKind)
    {
        StartNode(nodeKind);
        Bump();
        FinishNode();
    }

    private LhsShape? ParseLhs()
    {
        var k = Current;
        switch (k)
        {
            case SyntaxKind.Minus or SyntaxKind.Bang or SyntaxKind.NotKw:
                StartNode(SyntaxKind.UnaryExpr);
                Bump();
                ParseExpr(PrefixBp);
                FinishNode();
                return LhsShape.Other;
            case SyntaxKind.IntLiteral:
                Leaf(SyntaxKind.IntLiteralExpr);
                return LhsShape.Other;
            case SyntaxKind.FloatLiteral:
                Leaf(SyntaxKind.FloatLiteralExpr);
                return LhsShape.Other;
            case SyntaxKind.TrueKw or SyntaxKind.FalseKw:
                Leaf(SyntaxKind.BoolLiteralExpr);
                return LhsShape.Other;
            case SyntaxKind.NilKw:
                Leaf(SyntaxKind.NilLiteralExpr);
                return LhsShape.Other;
            case SyntaxKind.AtomLiteral:
                Leaf(SyntaxKind.AtomLiteralExpr);
                return LhsShape.Other;
            case SyntaxKind.StringStart:
                ParseString();
                return LhsShape.Other;
            case SyntaxKind.Ident or SyntaxKind.MonitorKw:
                {
                    var upper = char.IsUpper(CurrentText[0]);
                    Leaf(SyntaxKind.NameExpr);
                    return upper ? LhsShape.UpperName : LhsShape.Other;
                }
            case SyntaxKind.SelfKw:
                if (Nth(1) == SyntaxKind.LParen && Nth(2) == SyntaxKind.RParen)
                {
                    StartNode(SyntaxKind.SelfExpr);
                    Bump();
                    Bump();
                    Bump();
                    FinishNode();
                }
                else
                {
                    Leaf(SyntaxKind.NameExpr);
                }
                return LhsShape.Other;
            case SyntaxKind.LParen:
                ParseParenOrTuple();
                return LhsShape.Other;
            case SyntaxKind.LBracket:
                ParseList();
                return LhsShape.Other;
            case SyntaxKind.PercentLBrace:
                ParseMapOrUpdate();
                return LhsShape.Other;
            case SyntaxKind.IfKw:
                ParseIf();
                return LhsShape.Other;
            case SyntaxKind.CaseKw or SyntaxKind.MatchKw:
                ParseCase();
                return LhsShape.Other;
            case SyntaxKind.ReceiveKw:
                ParseReceive();
                return LhsShape.Other;
            case SyntaxKind.FnKw:
                ParseClosure();
                return LhsShape.Other;
            case SyntaxKind.WhileKw:
                ParseWhile();
                return LhsShape.Other;
            case SyntaxKind.ForKw:
                ParseFor();
                return LhsShape.Other;
            case SyntaxKind.BreakKw:
                Leaf(SyntaxKind.BreakExpr);
                return LhsShape.Other;
            case SyntaxKind.ContinueKw:
                Leaf(SyntaxKind.ContinueExpr);
                return LhsShape.Other;
            case SyntaxKind.ReturnKw:
                StartNode(SyntaxKind.ReturnExpr);
                Bump();
                if (CanStartExpression(Current))
                {
                    ParseExpr();
                }
                FinishNode();
                return LhsShape.Other;
            case SyntaxKind.SpawnKw:
                ParseSpawn();
                return LhsShape.Other;
            case SyntaxKind.SendKw:
                ParseBuiltinCall(SyntaxKind.SendExpr, "send");
                return LhsShape.Other;
            case SyntaxKind.LinkKw:
                ParseBuiltinCall(SyntaxKind.LinkExpr, "link");
                return LhsShape.Other;
        }
        if (SyntaxFacts.IsReservedKeyword(k))
        {
            var hint = k == SyntaxKind.TraitKw ? "Mesh calls traits 'interface'" : null;
            Error(DiagnosticCode.ReservedKeyword, $"'{CurrentText}' is a reserved keyword and cannot be used here", hint, CurrentToken.Span);
            BumpError();
            return null;
        }
        if (SkipKeywordAsName())
        {
            return null;
        }
        string? h = k switch
        {
            SyntaxKind.LBrace => "maps are written %{key => value}; blocks use 'do … end'",
            SyntaxKind.DoKw => "a 'do' block must follow a keyword such as 'fn', 'if', 'case' or 'while'",
            _ => null,
        };
        // A stray token that starts a statement is blamed itself, not the end of the previous line.
        Error(DiagnosticCode.ExpectedExpression, $"expected an expression, found {Found()}", h);
        return null;
    }

    /// <summary><c>spawn(worker, a, b)</c>, or <c>spawn worker(a, b)</c>: the call to run in the new process.</summary>
    private void ParseSpawn()
    {
        if (Nth(1) is SyntaxKind.LParen || !CanStartExpression(Nth(1)))
        {
            ParseBuiltinCall(SyntaxKind.SpawnExpr, "spawn");
            return;
        }
        StartNode(SyntaxKind.SpawnExpr);
        Bump();
        ParseExpr(PrefixBp);
        FinishNode();
    }

    private void ParseBuiltinCall(SyntaxKind kind, string name)
    {
        StartNode(kind);
        Bump();
        if (At(SyntaxKind.LParen))
        {
            ParseArgList();
        }
        else
        {
            Error(DiagnosticCode.ExpectedToken, $"expected '(' after '{name}', found {Found()}");
        }
        FinishNode();
    }

    /// <summary>
    /// After an element of a bracketed list: consumes a comma and returns true to continue, or returns false
    /// at the closer. Anything else is reported; a missing comma before another element is assumed when the
    /// element is on the same line (or the list is laid out one element per line).
    /// </summary>
    private bool ListContinues(SyntaxKind closer, bool vertical, string what)
    {
        if (Eat(SyntaxKind.Comma))
        {
            return true;
        }
        if (At(closer) || AtEnd)
        {
            return false;
        }
        var sameLine = !IsAtLineStart() && !_text.AsSpan(_prevSigEnd, Math.Max(0, CurrentToken.Start - _prevSigEnd)).Contains('\n');
        if (!sameLine && !vertical)
        {
            return false; // probably a missing closer: let the caller report it
        }
        if (AtColumnOneItem() || Current is SyntaxKind.EndKw or SyntaxKind.DoKw)
        {
            return false;
        }
        var hint = At(SyntaxKind.AtomLiteral) ? "':name' is an atom; for a keyword argument write 'name: value' with a space"
            : At(SyntaxKind.Bar) && closer == SyntaxKind.RBracket ? "Elixir's [head | tail] is written head :: tail in Mesh (in patterns too)"
            : null;
        Error(DiagnosticCode.ExpectedToken, $"expected ',' or {SyntaxFacts.Describe(closer)} {what}, found {Found()}", hint, CurrentToken.Span);
        if (CanStartExpression(Current))
        {
            return true; // treat as a missing comma
        }
        StartNode(SyntaxKind.Error);
        while (!AtEnd && !At(closer) && !At(SyntaxKind.Comma) && !IsCloser(Current) && !AtColumnOneItem())
        {
            Bump();
        }
        FinishNode();
        return Eat(SyntaxKind.Comma);
    }

    private bool OpensVertically()
    {
        // True when the token after the opener is on a later line: `foo(\n a,\n b\n)`.
        var t = CurrentToken;
        return _text.AsSpan(_prevSigEnd, Math.Max(0, t.Start - _prevSigEnd)).Contains('\n');
    }

    private void ParseArgList()
    {
        StartNode(SyntaxKind.ArgList);
        var open = CurrentToken.Span;
        Bump();
        PushNewlines(false);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        var vertical = OpensVertically();
        while (!At(SyntaxKind.RParen) && !AtEnd)
        {
            if (!CanStartExpression(Current) && !(Current != SyntaxKind.Ident && SyntaxFacts.IsKeyword(Current) && Nth(1) == SyntaxKind.Colon))
            {
                if (SkipKeywordAsName())
                {
                    if (!ListContinues(SyntaxKind.RParen, vertical, "between arguments"))
                    {
                        break;
                    }
                    continue;
                }
                Error(DiagnosticCode.ExpectedExpression, $"expected an argument, found {Found()}");
                break;
            }
            StartNode(SyntaxKind.Arg);
            if ((At(SyntaxKind.Ident) || SyntaxFacts.IsKeyword(Current)) && Nth(1) == SyntaxKind.Colon)
            {
                Bump(); // name
                Bump(); // :
                SkipNewlines();
            }
            ParseExpr();
            FinishNode();
            if (!ListContinues(SyntaxKind.RParen, vertical, "between arguments"))
            {
                break;
            }
        }
        _noTrailingDo = saved;
        ExpectCloser(SyntaxKind.RParen, open);
        PopNewlines();
        FinishNode();
    }

    private void ParseTrailingClosure()
    {
        StartNode(SyntaxKind.TrailingClosure);
        var doSpan = CurrentToken.Span;
        Bump(); // do
        if (At(SyntaxKind.Bar))
        {
            ParseBarParams();
        }
        ParseBlock(BlockKind.Normal);
        ExpectEnd(doSpan, "this 'do' block");
        FinishNode();
    }

    private void ParseParenOrTuple()
    {
        var cp = Checkpoint();
        var open = CurrentToken.Span;
        Bump();
        PushNewlines(false);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        var kind = SyntaxKind.TupleExpr;
        if (!At(SyntaxKind.RParen))
        {
            var vertical = OpensVertically();
            ParseExpr();
            if (At(SyntaxKind.Comma))
            {
                while (ListContinues(SyntaxKind.RParen, vertical, "in this tuple"))
                {
                    if (At(SyntaxKind.RParen))
                    {
                        break;
                    }
                    ParseExpr();
                }
            }
            else
            {
                kind = SyntaxKind.ParenExpr;
            }
        }
        _noTrailingDo = saved;
        ExpectCloser(SyntaxKind.RParen, open);
        PopNewlines();
        StartNodeAt(cp, kind);
        FinishNode();
    }

    private void ParseList()
    {
        StartNode(SyntaxKind.ListExpr);
        var open = CurrentToken.Span;
        Bump();
        PushNewlines(false);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        var vertical = OpensVertically();
        while (!At(SyntaxKind.RBracket) && !AtEnd)
        {
            if (!CanStartExpression(Current))
            {
                Error(DiagnosticCode.ExpectedExpression, $"expected a list element, found {Found()}");
                break;
            }
            ParseExpr();
            if (!ListContinues(SyntaxKind.RBracket, vertical, "between list elements"))
            {
                break;
            }
        }
        _noTrailingDo = saved;
        ExpectCloser(SyntaxKind.RBracket, open);
        PopNewlines();
        FinishNode();
    }

    private void ParseMapOrUpdate()
    {
        var cp = Checkpoint();
        var open = CurrentToken.Span;
        Bump(); // %{
        PushNewlines(false);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        var kind = SyntaxKind.MapExpr;
        if (!At(SyntaxKind.RBrace))
        {
            var vertical = OpensVertically();
            var entry = Checkpoint();
            ParseExpr();
            if (At(SyntaxKind.Bar))
            {
                kind = SyntaxKind.StructUpdateExpr;
                Bump();
                ParseFieldInits(SyntaxKind.RBrace);
            }
            else
            {
                StartNodeAt(entry, SyntaxKind.MapEntry);
                ExpectFatArrow();
                FinishNode();
                while (ListContinues(SyntaxKind.RBrace, vertical, "between map entries"))
                {
                    if (At(SyntaxKind.RBrace))
                    {
                        break;
                    }
                    StartNode(SyntaxKind.MapEntry);
                    ParseExpr();
                    ExpectFatArrow();
                    FinishNode();
                }
            }
        }
        _noTrailingDo = saved;
        ExpectCloser(SyntaxKind.RBrace, open);
        PopNewlines();
        StartNodeAt(cp, kind);
        FinishNode();
    }

    private void ExpectFatArrow()
    {
        if (Eat(SyntaxKind.FatArrow))
        {
            ParseExpr();
            return;
        }
        var hint = At(SyntaxKind.Colon) ? "map entries use '=>', as in %{\"key\" => value}" : null;
        Error(DiagnosticCode.ExpectedToken, $"expected '=>' after the map key, found {Found()}", hint);
    }

    private void ParseStructLiteralBody()
    {
        var open = CurrentToken.Span;
        Bump(); // {
        PushNewlines(false);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        ParseFieldInits(SyntaxKind.RBrace);
        _noTrailingDo = saved;
        ExpectCloser(SyntaxKind.RBrace, open);
        PopNewlines();
    }

    /// <summary><c>name: expr</c> entries separated by commas or newlines, up to <paramref name="closer"/>.</summary>
    private void ParseFieldInits(SyntaxKind closer)
    {
        while (!At(closer) && !AtEnd)
        {
            if (!(At(SyntaxKind.Ident) || SyntaxFacts.IsKeyword(Current)))
            {
                Error(DiagnosticCode.ExpectedToken, $"expected a field name, found {Found()}");
                break;
            }
            StartNode(SyntaxKind.StructLiteralField);
            Bump();
            if (At(SyntaxKind.AtomLiteral))
            {
                Error(DiagnosticCode.ExpectedToken, $"expected ':' after the field name, found {Found()}",
                    "':name' is an atom; write 'field: value' with a space after the colon", CurrentToken.Span);
                ParseExpr();
            }
            else if (Expect(SyntaxKind.Colon, "after the field name"))
            {
                ParseExpr();
            }
            FinishNode();
            if (!Eat(SyntaxKind.Comma) && !At(closer) && !(At(SyntaxKind.Ident) && Nth(1) == SyntaxKind.Colon))
            {
                if (!IsAtLineStart() || AtColumnOneItem() || !At(SyntaxKind.Ident))
                {
                    break;
                }
            }
        }
    }

    private bool ParseString()
    {
        var hasInterpolation = false;
        StartNode(SyntaxKind.StringExpr);
        Bump(); // opening quote(s)
        while (true)
        {
            var k = _tokens[_pos].Kind;
            if (k == SyntaxKind.StringContent)
            {
                Bump();
            }
            else if (k == SyntaxKind.InterpolationStart)
            {
                hasInterpolation = true;
                StartNode(SyntaxKind.StringInterpolation);
                Bump();
                PushNewlines(false);
                var saved = _noTrailingDo;
                _noTrailingDo = false;
                if (At(SyntaxKind.InterpolationEnd))
                {
                    Error(DiagnosticCode.ExpectedExpression, "empty interpolation '${}'", "put an expression inside, as in \"${name}\"");
                }
                else if (!AtEnd)
                {
                    ParseExpr();
                }
                if (!At(SyntaxKind.InterpolationEnd) && !AtEnd)
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected '}}' to close the interpolation, found {Found()}");
                    SkipToInterpolationEnd();
                }
                Eat(SyntaxKind.InterpolationEnd);
                _noTrailingDo = saved;
                PopNewlines();
                FinishNode();
            }
            else if (k == SyntaxKind.StringEnd)
            {
                Bump();
                break;
            }
            else
            {
                break; // unterminated: the lexer has reported it
            }
        }
        FinishNode();
        return hasInterpolation;
    }

    private void SkipToInterpolationEnd()
    {
        StartNode(SyntaxKind.Error);
        var strings = 0;
        while (!AtEnd)
        {
            var k = Current;
            if (strings == 0 && k is SyntaxKind.InterpolationEnd or SyntaxKind.StringEnd)
            {
                break;
            }
            if (k == SyntaxKind.StringStart)
            {
                strings++;
            }
            else if (k == SyntaxKind.StringEnd)
            {
                strings--;
            }
            Bump();
        }
        FinishNode();
    }

    // ------------------------------------------------------------------ control flow

    private void ParseIf()
    {
        StartNode(SyntaxKind.IfExpr);
        Bump(); // if (or a misspelt `elsif`, reported by the caller)
        ParseExprNoDo();
        if (At(SyntaxKind.Eq))
        {
            // `if n = 3 do`: C's and Python's slip; carry on with the right-hand side as the condition.
            Error(DiagnosticCode.UnexpectedToken, "`=` does not compare values (Mesh values cannot be assigned)", "compare with `==`: `if n == 3 do`", CurrentToken.Span);
            BumpError();
            ParseExprNoDo();
        }
        var doSpan = ExpectDo("after the 'if' condition");
        if (doSpan is null)
        {
            FinishNode();
            return;
        }
        ParseBlock(BlockKind.Normal, allowElse: true);
        if (IsElseIfMisspelling())
        {
            // Ruby's `elsif`, Python's `elif`: parsed as the `else if` they mean, so the rest lines up.
            Error(DiagnosticCode.UnexpectedToken, $"Mesh writes `else if`, not `{CurrentText}`", "write `else if condition do`", CurrentToken.Span);
            StartNode(SyntaxKind.ElseBranch);
            if (EnterDepth())
            {
                ParseIf();
                ExitDepth();
            }
            FinishNode();
        }
        else if (At(SyntaxKind.ElseKw))
        {
            StartNode(SyntaxKind.ElseBranch);
            Bump();
            if (At(SyntaxKind.IfKw))
            {
                if (EnterDepth())
                {
                    ParseIf();
                    ExitDepth();
                }
            }
            else
            {
                Eat(SyntaxKind.DoKw); // tolerate `else do`
                ParseBlock(BlockKind.Normal);
                ExpectEnd(doSpan, "this 'if' expression");
            }
            FinishNode();
        }
        else
        {
            ExpectEnd(doSpan, "this 'if' block");
        }
        FinishNode();
    }

    private bool IsElseIfMisspelling() => At(SyntaxKind.Ident) && CurrentText is "elsif" or "elif" or "elseif";

    private void ParseCase()
    {
        StartNode(SyntaxKind.CaseExpr);
        var keyword = CurrentText;
        Bump();
        ParseExprNoDo();
        var doSpan = ExpectDo($"after the '{keyword}' subject");
        if (doSpan is not null)
        {
            ParseArms(allowAfter: false);
            ExpectEnd(doSpan, $"this '{keyword}' block");
        }
        FinishNode();
    }

    private void ParseReceive()
    {
        StartNode(SyntaxKind.ReceiveExpr);
        Bump();
        if (At(SyntaxKind.LParen) && Nth(1) == SyntaxKind.RParen)
        {
            // `receive()`: take the next message, whatever it is.
            Bump();
            Bump();
            FinishNode();
            return;
        }
        var doSpan = ExpectDo("after 'receive'");
        if (doSpan is not null)
        {
            ParseArms(allowAfter: true);
            ExpectEnd(doSpan, "this 'receive' block");
        }
        FinishNode();
    }

    private void ParseArms(bool allowAfter)
    {
        PushNewlines(true);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        while (true)
        {
            SkipSeparators();
            if (At(SyntaxKind.EndKw) || AtEnd || AtColumnOneItem())
            {
                break;
            }
            var errorsBefore = _errorCount;
            var before = CurrentIndex;
            _statementStart = before;
            if (allowAfter && At(SyntaxKind.AfterKw))
            {
                StartNode(SyntaxKind.AfterClause);
                Bump();
                ParseExpr();
                if (Expect(SyntaxKind.Arrow, "after the 'after' timeout", "write after 1000 -> expression"))
                {
                    SkipNewlines();
                    ParseArmBody(allowAfter);
                }
                FinishNode();
            }
            else if (CanStartPattern(Current))
            {
                StartNode(SyntaxKind.MatchArm);
                ParsePattern(allowTopCons: true, allowTopOr: true);
                if (At(SyntaxKind.WhenKw))
                {
                    ParseGuardClause();
                }
                if (Expect(SyntaxKind.Arrow, "after the pattern", At(SyntaxKind.FatArrow) ? "arms use '->', as in Some(x) -> x" : null))
                {
                    SkipNewlines();
                    ParseArmBody(allowAfter);
                }
                FinishNode();
            }
            else
            {
                Error(DiagnosticCode.ExpectedPattern, $"expected a pattern or 'end', found {Found()}", MapPatternHint());
            }
            AfterStatement(errorsBefore, stopAtBar: false);
            if (CurrentIndex == before)
            {
                BumpError();
            }
        }
        _noTrailingDo = saved;
        PopNewlines();
    }

    /// <summary>
    /// An arm's body: one expression, or several statements (as in Elixir) that run until the next arm,
    /// the <c>after</c> clause or <c>end</c>. A single expression keeps its own node; more statements are
    /// wrapped in a <see cref="SyntaxKind.BlockExpr"/> whose value is the last one.
    /// </summary>
    private void ParseArmBody(bool allowAfter)
    {
        var cp = Checkpoint();
        var first = At(SyntaxKind.LetKw);
        if (first)
        {
            ParseLet();
        }
        else
        {
            ParseExpr();
        }
        if (!first && !ArmBodyContinues(allowAfter))
        {
            return;
        }
        StartNodeAt(cp, SyntaxKind.BlockExpr);
        while (ArmBodyContinues(allowAfter))
        {
            SkipSeparators();
            var errorsBefore = _errorCount;
            var before = CurrentIndex;
            _statementStart = before;
            ParseItemOrStatement();
            if (CurrentIndex == before)
            {
                BumpError();
            }
            else if (!AtStatementEnd() && !AtColumnOneItem())
            {
                AfterStatement(errorsBefore, stopAtBar: false);
            }
        }
        FinishNode();
    }

    /// <summary>True at a statement separator followed by another statement of the same arm body.</summary>
    private bool ArmBodyContinues(bool allowAfter)
    {
        if (Current is not (SyntaxKind.Newline or SyntaxKind.Semicolon))
        {
            return false;
        }
        var i = CurrentIndex;
        while (_tokens[i].Kind is SyntaxKind.Newline or SyntaxKind.Semicolon || SyntaxFacts.IsTrivia(_tokens[i].Kind) || _tokens[i].Kind == SyntaxKind.BadToken)
        {
            i++;
        }
        var next = _tokens[i];
        if (next.Kind is SyntaxKind.EndKw or SyntaxKind.EndOfFile or SyntaxKind.ElseKw || (allowAfter && next.Kind == SyntaxKind.AfterKw))
        {
            return false;
        }
        var saved = _pos;
        _pos = i;
        var item = AtColumnOneItem();
        _pos = saved;
        return !item && !StartsArm(i);
    }

    /// <summary>
    /// True when the line from token <paramref name="start"/> reads as a new arm: a pattern-like start and an
    /// <c>-&gt;</c> or <c>when</c> outside any brackets before the line ends. Statements never contain either
    /// there (closures and blocks, which do, are recognised by their keyword and stop the scan).
    /// </summary>
    private bool StartsArm(int start)
    {
        if (!CanStartPattern(_tokens[start].Kind))
        {
            return false;
        }
        var depth = 0;
        for (var i = start; i < _tokens.Count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case SyntaxKind.LParen or SyntaxKind.LBracket or SyntaxKind.LBrace or SyntaxKind.PercentLBrace
                    or SyntaxKind.StringStart or SyntaxKind.InterpolationStart:
                    depth++;
                    break;
                case SyntaxKind.RParen or SyntaxKind.RBracket or SyntaxKind.RBrace or SyntaxKind.StringEnd or SyntaxKind.InterpolationEnd:
                    depth--;
                    break;
                case SyntaxKind.Arrow or SyntaxKind.WhenKw when depth == 0:
                    return true;
                case SyntaxKind.Newline or SyntaxKind.Semicolon or SyntaxKind.EndOfFile when depth <= 0:
                    return false;
                case SyntaxKind.FnKw or SyntaxKind.DoKw or SyntaxKind.EqEq or SyntaxKind.Eq or SyntaxKind.PipeGt:
                    return false;
            }
        }
        return false;
    }

    private void ParseClosure()
    {
        StartNode(SyntaxKind.ClosureExpr);
        var fnSpan = CurrentToken.Span;
        Bump(); // fn
        SkipNewlines(); // clauses may start on the next line
        ParseClosureClause(first: true);
        while (At(SyntaxKind.Bar))
        {
            ParseClosureClause(first: false);
        }
        ExpectEnd(fnSpan, "this closure");
        FinishNode();
    }

    private void ParseClosureClause(bool first)
    {
        StartNode(SyntaxKind.ClosureClause);
        if (!first)
        {
            Bump(); // |
            SkipNewlines();
        }
        if (At(SyntaxKind.LParen) && !ParenGroupStartsBareParams())
        {
            ParseParamList();
        }
        else if (!At(SyntaxKind.Arrow) && !At(SyntaxKind.DoKw))
        {
            if (CanStartPattern(Current))
            {
                StartNode(SyntaxKind.ParamList);
                do
                {
                    ParseParam(allowTopOr: false);
                }
                while (Eat(SyntaxKind.Comma));
                FinishNode();
            }
            else
            {
                Error(DiagnosticCode.ExpectedToken, $"expected closure parameters, '->' or 'do', found {Found()}");
            }
        }
        if (At(SyntaxKind.WhenKw))
        {
            ParseGuardClause();
        }
        if (At(SyntaxKind.Arrow) || At(SyntaxKind.DoKw))
        {
            Bump();
            ParseBlock(BlockKind.ClosureArm);
        }
        else
        {
            Error(DiagnosticCode.ExpectedToken, $"expected '->' or 'do' after the closure parameters, found {Found()}",
                "a closure is written `fn(x) -> x * 2 end`");
            if (CanStartExpression(Current) && OnSameLine())
            {
                // `fn(x) x * 2 end`: read the body as if the arrow were there, so its `end` closes
                // the closure instead of being reported again as stray.
                ParseBlock(BlockKind.ClosureArm);
            }
        }
        FinishNode();
    }

    /// <summary>
    /// True when the parenthesised group at the current token is followed by a comma: then it is not the
    /// parameter list but a tuple pattern as the first of bare parameters (<c>fn (sum, count), x -&gt;</c>, Elixir's
    /// <c>fn {sum, count}, x -&gt;</c>).
    /// </summary>
    private bool ParenGroupStartsBareParams()
    {
        var depth = 0;
        for (var n = 0; ; n++)
        {
            switch (Nth(n))
            {
                case SyntaxKind.LParen or SyntaxKind.LBracket or SyntaxKind.LBrace or SyntaxKind.PercentLBrace:
                    depth++;
                    break;
                case SyntaxKind.RParen or SyntaxKind.RBracket or SyntaxKind.RBrace:
                    depth--;
                    if (depth == 0)
                    {
                        return Nth(n + 1) == SyntaxKind.Comma;
                    }
                    break;
                case SyntaxKind.EndOfFile or SyntaxKind.Arrow or SyntaxKind.DoKw or SyntaxKind.FnKw or SyntaxKind.EndKw:
                    return false;
            }
        }
    }

    private void ParseWhile()
    {
        StartNode(SyntaxKind.WhileExpr);
        Bump();
        ParseExprNoDo();
        var doSpan = ExpectDo("after the 'while' condition");
        if (doSpan is not null)
        {
            ParseBlock(BlockKind.Normal);
            ExpectEnd(doSpan, "this 'while' loop");
        }
        FinishNode();
    }

    private void ParseFor()
    {
        StartNode(SyntaxKind.ForExpr);
        Bump();
        if (CanStartPattern(Current))
        {
            ParsePattern(allowTopCons: false, allowTopOr: false);
        }
        else
        {
            Error(DiagnosticCode.ExpectedPattern, $"expected a loop variable after 'for', found {Found()}");
        }
        if (Expect(SyntaxKind.InKw, "after the loop variable",
                At(SyntaxKind.Lt) && Nth(1) == SyntaxKind.Minus ? "Mesh writes Elixir's `for x <- xs` as `for x in xs`" : null))
        {
            ParseExprNoDo();
        }
        if (At(SyntaxKind.Comma))
        {
            // Elixir's `for x <- xs, y <- ys`: one generator per `for` here. Skip to the `do` so the
            // body and its `end` still parse.
            Error(DiagnosticCode.ExpectedToken, "a `for` loop has one generator",
                "nest a second `for` in the body, and join the lists it gives with `List.flatten(for x in xs do for y in ys do ... end end)`; filters go after `when`",
                CurrentToken.Span);
            while (!AtEnd && !At(SyntaxKind.DoKw) && !At(SyntaxKind.Newline))
            {
                BumpError();
            }
        }
        if (At(SyntaxKind.WhenKw))
        {
            ParseGuardClause();
        }
        var doSpan = ExpectDo("to start the loop body");
        if (doSpan is not null)
        {
            ParseBlock(BlockKind.Normal);
            ExpectEnd(doSpan, "this 'for' loop");
        }
        FinishNode();
    }
}
