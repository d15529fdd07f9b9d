using Mesh.Compiler.Diagnostics;

namespace Mesh.Compiler.Syntax;

internal sealed partial class Parser
{
    private static bool CanStartPattern(SyntaxKind k) => k is SyntaxKind.Ident or SyntaxKind.IntLiteral or SyntaxKind.FloatLiteral
        or SyntaxKind.StringStart or SyntaxKind.TrueKw or SyntaxKind.FalseKw or SyntaxKind.NilKw or SyntaxKind.LParen
        or SyntaxKind.LBrace or SyntaxKind.Minus or SyntaxKind.AtomLiteral or SyntaxKind.SelfKw or SyntaxKind.LBracket;

    /// <summary>Elixir's map patterns (<c>%{"name" => name}</c>) have no Mesh form: say what to write instead.</summary>
    private string? MapPatternHint() => At(SyntaxKind.PercentLBrace)
        ? "maps cannot be matched by a pattern; look the key up instead: `case Map.find(user, \"name\") do Some(name) -> ... None -> ... end`"
        : null;

    private static bool CanStartType(SyntaxKind k) => k is SyntaxKind.Ident or SyntaxKind.LParen;

    // ------------------------------------------------------------------ patterns

    /// <summary>
    /// pattern := cons ('as' name)* ; cons := or ('::' cons)? ; or := primary ('|' primary)*.
    /// Parameters and let bindings disallow a top-level <c>::</c> (it is the type annotation there).
    /// </summary>
    private void ParsePattern(bool allowTopCons, bool allowTopOr)
    {
        if (!EnterDepth())
        {
            return;
        }
        var cp = Checkpoint();
        ParseConsPattern(allowTopCons, allowTopOr);
        while (AtContextual("as"))
        {
            StartNodeAt(cp, SyntaxKind.AsPattern);
            Bump();
            if (At(SyntaxKind.Ident))
            {
                Bump();
            }
            else
            {
                Error(DiagnosticCode.ExpectedToken, $"expected a name after 'as', found {Found()}");
            }
            FinishNode();
            if (allowTopCons && At(SyntaxKind.ColonColon))
            {
                // `Num(_) as t :: rest`: `as` names everything before it, so a `::` cannot follow the name.
                Error(DiagnosticCode.ExpectedToken, "'::' after an as-pattern",
                    "`as` binds the whole pattern before it; to name the head of a list, put the as-pattern in parentheses: `(Num(_) as t) :: rest`",
                    CurrentToken.Span);
            }
        }
        ExitDepth();
    }

    private void ParseConsPattern(bool allowCons, bool allowOr)
    {
        var cp = Checkpoint();
        ParseOrPattern(allowOr);
        if (allowCons && At(SyntaxKind.ColonColon))
        {
            StartNodeAt(cp, SyntaxKind.ConsPattern);
            Bump();
            if (EnterDepth())
            {
                ParseConsPattern(allowCons: true, allowOr);
                ExitDepth();
            }
            FinishNode();
        }
    }

    private void ParseOrPattern(bool allowOr)
    {
        var cp = Checkpoint();
        ParsePrimaryPattern();
        if (allowOr && At(SyntaxKind.Bar))
        {
            StartNodeAt(cp, SyntaxKind.OrPattern);
            while (Eat(SyntaxKind.Bar))
            {
                SkipNewlines();
                ParsePrimaryPattern();
            }
            FinishNode();
        }
    }

    private void ParsePrimaryPattern()
    {
        switch (Current)
        {
            case SyntaxKind.Ident:
                {
                    var text = CurrentText;
                    if (text == "_")
                    {
                        Leaf(SyntaxKind.WildcardPattern);
                        return;
                    }
                    var qualified = Nth(1) == SyntaxKind.Dot && Nth(2) == SyntaxKind.Ident;
                    if (char.IsUpper(text[0]) || qualified)
                    {
                        var cp = Checkpoint();
                        Bump();
                        while (At(SyntaxKind.Dot) && Nth(1) == SyntaxKind.Ident)
                        {
                            Bump();
                            Bump();
                        }
                        // `Point { x, .. }` and `Box<Int> { value: v }`: nothing else may follow a
                        // name in a pattern on the same line, so a brace (or `<`) there is a struct pattern.
                        if (At(SyntaxKind.LBrace) || At(SyntaxKind.Lt))
                        {
                            StartNodeAt(cp, SyntaxKind.StructPattern);
                            if (At(SyntaxKind.Lt))
                            {
                                ParseGenericArgs();
                            }
                            if (At(SyntaxKind.LBrace))
                            {
                                ParseStructPatternBody();
                            }
                            else
                            {
                                Error(DiagnosticCode.ExpectedToken, $"expected '{{' after the struct name in this pattern, found {Found()}",
                                    "struct patterns are written Name { field: pattern, .. }");
                            }
                            FinishNode();
                            return;
                        }
                        StartNodeAt(cp, SyntaxKind.ConstructorPattern);
                        if (At(SyntaxKind.LParen))
                        {
                            ParsePatternList(SyntaxKind.RParen, "in the constructor pattern");
                        }
                        FinishNode();
                        return;
                    }
                    Leaf(SyntaxKind.IdentPattern);
                    return;
                }
            case SyntaxKind.SelfKw:
                Leaf(SyntaxKind.IdentPattern);
                return;
            case SyntaxKind.IntLiteral:
                StartNode(SyntaxKind.LiteralPattern);
                Leaf(SyntaxKind.IntLiteralExpr);
                FinishNode();
                return;
            case SyntaxKind.FloatLiteral:
                StartNode(SyntaxKind.LiteralPattern);
                Leaf(SyntaxKind.FloatLiteralExpr);
                FinishNode();
                return;
            case SyntaxKind.TrueKw or SyntaxKind.FalseKw:
                StartNode(SyntaxKind.LiteralPattern);
                Leaf(SyntaxKind.BoolLiteralExpr);
                FinishNode();
                return;
            case SyntaxKind.NilKw:
                StartNode(SyntaxKind.LiteralPattern);
                Leaf(SyntaxKind.NilLiteralExpr);
                FinishNode();
                return;
            case SyntaxKind.AtomLiteral:
                StartNode(SyntaxKind.LiteralPattern);
                Leaf(SyntaxKind.AtomLiteralExpr);
                FinishNode();
                return;
            case SyntaxKind.Minus:
                StartNode(SyntaxKind.LiteralPattern);
                Bump();
                if (At(SyntaxKind.IntLiteral))
                {
                    Leaf(SyntaxKind.IntLiteralExpr);
                }
                else if (At(SyntaxKind.FloatLiteral))
                {
                    Leaf(SyntaxKind.FloatLiteralExpr);
                }
                else
                {
                    Error(DiagnosticCode.ExpectedPattern, $"expected a number after '-' in a pattern, found {Found()}");
                }
                FinishNode();
                return;
            case SyntaxKind.StringStart:
                {
                    StartNode(SyntaxKind.LiteralPattern);
                    var start = CurrentToken.Start;
                    if (ParseString())
                    {
                        Error(DiagnosticCode.ExpectedPattern, "string interpolation is not allowed in patterns",
                            "match on a plain string, or bind the value and compare it in a 'when' guard",
                            new Mesh.Compiler.Text.TextSpan(start, _prevSigEnd - start));
                    }
                    FinishNode();
                    return;
                }
            case SyntaxKind.LParen:
                {
                    var cp = Checkpoint();
                    var kind = ParsePatternList(SyntaxKind.RParen, "in the tuple pattern");
                    StartNodeAt(cp, kind);
                    FinishNode();
                    return;
                }
            case SyntaxKind.LBrace:
                {
                    // `{k, v}` destructures map entries in `for {k, v} in map`.
                    var cp = Checkpoint();
                    ParsePatternList(SyntaxKind.RBrace, "in the pattern");
                    StartNodeAt(cp, SyntaxKind.TuplePattern);
                    FinishNode();
                    return;
                }
            case SyntaxKind.LBracket:
                {
                    // `[]`, `[a]`, `[a, b]`: a list of exactly that length (`h :: t` matches the rest).
                    var cp = Checkpoint();
                    ParsePatternList(SyntaxKind.RBracket, "in the list pattern");
                    StartNodeAt(cp, SyntaxKind.ListPattern);
                    FinishNode();
                    return;
                }
            default:
                if (SkipKeywordAsName())
                {
                    return;
                }
                Error(DiagnosticCode.ExpectedPattern, $"expected a pattern, found {Found()}", MapPatternHint());
                return;
        }
    }

    /// <summary>
    /// <c>{ field: pattern, field, .. }</c>: fields separated by commas (or newlines when the pattern
    /// spans lines); a bare name is shorthand for <c>name: name</c>; <c>..</c>, last, ignores the other fields.
    /// </summary>
    private void ParseStructPatternBody()
    {
        var open = CurrentToken.Span;
        Bump(); // {
        PushNewlines(false);
        var vertical = OpensVertically();
        while (!At(SyntaxKind.RBrace) && !AtEnd)
        {
            if (At(SyntaxKind.DotDot))
            {
                var rest = CurrentToken.Span;
                Bump();
                if (!At(SyntaxKind.RBrace) && !AtEnd)
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected '}}' after '..' in this struct pattern, found {Found()}",
                        "'..' stands for the remaining fields, so it comes last: Point { x: 0, .. }", rest);
                    if (Eat(SyntaxKind.Comma))
                    {
                        continue;
                    }
                }
                break;
            }
            if (!(At(SyntaxKind.Ident) || SyntaxFacts.IsKeyword(Current)))
            {
                Error(DiagnosticCode.ExpectedPattern, $"expected a field name or '..' in this struct pattern, found {Found()}",
                    "struct patterns are written Name { field: pattern, other, .. }");
                break;
            }
            StartNode(SyntaxKind.StructPatternField);
            Bump();
            if (At(SyntaxKind.AtomLiteral))
            {
                Error(DiagnosticCode.ExpectedToken, $"expected ':' or ',' after the field name, found {Found()}",
                    "':name' is an atom; write 'field: name' with a space after the colon", CurrentToken.Span);
                Bump();
            }
            else if (Eat(SyntaxKind.Colon))
            {
                if (CanStartPattern(Current))
                {
                    ParsePattern(allowTopCons: true, allowTopOr: true);
                }
                else
                {
                    Error(DiagnosticCode.ExpectedPattern, $"expected a pattern for the field, found {Found()}");
                }
            }
            FinishNode();
            if (!ListContinues(SyntaxKind.RBrace, vertical, "in the struct pattern"))
            {
                break;
            }
        }
        ExpectCloser(SyntaxKind.RBrace, open);
        PopNewlines();
    }

    /// <summary>
    /// <c>let (rest, after) = …</c>, <c>f(x, after)</c>: a keyword written where a name goes. Reported
    /// with the reason, and skipped so the rest of the line still parses (instead of a cascade of
    /// errors from every later line of the block).
    /// </summary>
    private bool SkipKeywordAsName()
    {
        if (Current is not (SyntaxKind.AfterKw or SyntaxKind.CallKw or SyntaxKind.CastKw or SyntaxKind.MonitorKw or SyntaxKind.TerminateKw
                or SyntaxKind.TypeKw or SyntaxKind.ModuleKw or SyntaxKind.ServiceKw or SyntaxKind.ActorKw or SyntaxKind.SupervisorKw
                or SyntaxKind.StructKw or SyntaxKind.InterfaceKw or SyntaxKind.ImplKw or SyntaxKind.ImportKw or SyntaxKind.WhereKw
                or SyntaxKind.MatchKw or SyntaxKind.AliasKw or SyntaxKind.CondKw or SyntaxKind.TraitKw or SyntaxKind.TrapKw or SyntaxKind.WithKw)
            || Nth(1) is not (SyntaxKind.Comma or SyntaxKind.RParen or SyntaxKind.RBracket or SyntaxKind.RBrace or SyntaxKind.Eq
                or SyntaxKind.Arrow or SyntaxKind.ColonColon or SyntaxKind.Newline or SyntaxKind.Dot or SyntaxKind.Plus or SyntaxKind.DoKw or SyntaxKind.EndOfFile))
        {
            return false;
        }
        Error(DiagnosticCode.ReservedKeyword, $"'{CurrentText}' is a keyword and cannot be used as a name",
            $"choose another name, such as `{CurrentText}_`", CurrentToken.Span);
        BumpError();
        return true;
    }

    /// <summary>Parses <c>( p, … )</c>, <c>{ p, … }</c> or <c>[ p, … ]</c> (tokens only; the caller wraps them) and returns the node kind.</summary>
    private SyntaxKind ParsePatternList(SyntaxKind closer, string what)
    {
        var open = CurrentToken.Span;
        Bump();
        PushNewlines(false);
        var count = 0;
        var trailingComma = false;
        var vertical = OpensVertically();
        while (!At(closer) && !AtEnd)
        {
            if (!CanStartPattern(Current))
            {
                if (SkipKeywordAsName())
                {
                    count++;
                    if (!ListContinues(closer, vertical, what))
                    {
                        break;
                    }
                    continue;
                }
                Error(DiagnosticCode.ExpectedPattern, $"expected a pattern, found {Found()}");
                break;
            }
            ParsePattern(allowTopCons: true, allowTopOr: true);
            count++;
            trailingComma = false;
            if (!ListContinues(closer, vertical, what))
            {
                break;
            }
            trailingComma = true;
        }
        ExpectCloser(closer, open);
        PopNewlines();
        return count == 1 && !trailingComma ? SyntaxKind.ParenPattern : SyntaxKind.TuplePattern;
    }

    // ------------------------------------------------------------------ types

    /// <summary>
    /// type := atom ('?' | '!' type)* ; atom := Name('.'Name)* ('&lt;' types '&gt;')? | '(' types ')' | 'Fun' '(' types ')' '-&gt;' type.
    /// </summary>
    private void ParseType()
    {
        if (!EnterDepth())
        {
            return;
        }
        var cp = Checkpoint();
        if (At(SyntaxKind.LParen))
        {
            var open = CurrentToken.Span;
            Bump();
            PushNewlines(false);
            ParseTypeListUntil(SyntaxKind.RParen);
            ExpectCloser(SyntaxKind.RParen, open);
            PopNewlines();
            StartNodeAt(cp, SyntaxKind.TupleTypeRef);
            FinishNode();
        }
        else if (AtContextual("Fun") && Nth(1) == SyntaxKind.LParen)
        {
            StartNode(SyntaxKind.FunTypeRef);
            Bump(); // Fun
            var open = CurrentToken.Span;
            Bump(); // (
            PushNewlines(false);
            ParseTypeListUntil(SyntaxKind.RParen);
            ExpectCloser(SyntaxKind.RParen, open);
            PopNewlines();
            if (Expect(SyntaxKind.Arrow, "after the parameter types of 'Fun'", "function types are written Fun(A, B) -> R"))
            {
                ParseType();
            }
            FinishNode();
        }
        else if (At(SyntaxKind.Ident) || At(SyntaxKind.SelfKw))
        {
            StartNode(SyntaxKind.NamedTypeRef);
            Bump();
            while (At(SyntaxKind.Dot) && Nth(1) == SyntaxKind.Ident)
            {
                Bump();
                Bump();
            }
            if (At(SyntaxKind.Lt))
            {
                ParseGenericArgs();
            }
            FinishNode();
        }
        else
        {
            Error(DiagnosticCode.ExpectedType, $"expected a type, found {Found()}");
            ExitDepth();
            return;
        }
        while (true)
        {
            if (At(SyntaxKind.Question))
            {
                StartNodeAt(cp, SyntaxKind.OptionTypeRef);
                Bump();
                FinishNode();
                continue;
            }
            if (At(SyntaxKind.Bang))
            {
                StartNodeAt(cp, SyntaxKind.ResultTypeRef);
                Bump();
                ParseType();
                FinishNode();
                continue;
            }
            break;
        }
        ExitDepth();
    }

    private void ParseTypeListUntil(SyntaxKind closer)
    {
        while (!At(closer) && !AtEnd)
        {
            if (!CanStartType(Current))
            {
                Error(DiagnosticCode.ExpectedType, $"expected a type, found {Found()}");
                break;
            }
            ParseType();
            if (!Eat(SyntaxKind.Comma))
            {
                break;
            }
        }
    }

    private void ParseGenericArgs()
    {
        StartNode(SyntaxKind.GenericArgList);
        var open = CurrentToken.Span;
        Bump(); // <
        PushNewlines(false);
        ParseTypeListUntil(SyntaxKind.Gt);
        ExpectCloser(SyntaxKind.Gt, open);
        PopNewlines();
        FinishNode();
    }
}
