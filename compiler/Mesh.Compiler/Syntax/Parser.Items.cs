using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax;

internal sealed partial class Parser
{
    private enum BlockKind
    {
        /// <summary>A <c>do … end</c> body.</summary>
        Normal,
        /// <summary>A closure clause body: also ends at <c>|</c> (the next clause).</summary>
        ClosureArm,
        /// <summary>An actor body: may contain one <c>terminate do … end</c> clause.</summary>
        Actor,
        /// <summary>A module body: items at column 1 are expected there.</summary>
        Module,
    }

    private GreenNode ParseSourceFile()
    {
        _builder.StartNode(SyntaxKind.SourceFile);
        while (true)
        {
            SkipSeparators();
            if (AtEnd)
            {
                break;
            }
            var before = CurrentIndex;
            _statementStart = before;
            var errorsBefore = _errorCount;
            _suppressErrors = false;
            if (!IsItemStart() && Current != SyntaxKind.LetKw && !CanStartExpression(Current))
            {
                Error(DiagnosticCode.ExpectedItem,
                    $"expected an item (fn, struct, type, interface, impl, actor, service, supervisor, import), found {Found()}",
                    Current == SyntaxKind.EndKw ? "this 'end' has no matching 'do'" : null, CurrentToken.Span);
                BumpError();
                RecoverToStatementEnd();
                continue;
            }
            _statementStart = before;
            ParseItemOrStatement();
            AfterStatement(errorsBefore, stopAtBar: false);
            if (CurrentIndex == before && !AtEnd)
            {
                BumpError();
            }
        }
        // Everything left (trivia, the end-of-file token) belongs to the root.
        Emit(_tokens.Count - 1);
        var eof = _tokens[^1];
        _builder.Token(eof.Kind, "");
        _emitted = _tokens.Count;
        return _builder.Finish();
    }

    /// <summary>Checks that a statement is followed by a separator; otherwise reports once and skips the rest of the line.</summary>
    private void AfterStatement(int errorsBefore, bool stopAtBar)
    {
        if (AtStatementEnd(stopAtBar) || AtColumnOneItem())
        {
            return;
        }
        if (_errorCount == errorsBefore && Current == SyntaxKind.Eq)
        {
            Error(DiagnosticCode.InvalidAssignmentTarget, "variables cannot be reassigned: Mesh values are immutable", ImmutableBindingHint, CurrentToken.Span);
        }
        else if (_errorCount == errorsBefore && ForeignKeyword() is var (word, span, keywordHint))
        {
            // `var x = 1`, `class P do`, `lett x = 1`: a word used as a keyword, then a name.
            Error(DiagnosticCode.UnexpectedToken, $"`{word}` is not a Mesh keyword", keywordHint, span, "not a keyword");
            SkipBlockOpenedOnThisLine();
        }
        else if (_errorCount == errorsBefore)
        {
            var hint = Current == SyntaxKind.DoKw
                ? "a 'do' block cannot follow here; did you forget a keyword such as 'if', 'fn' or 'case'?"
                : Current == SyntaxKind.LBracket && OnSameLine()
                    ? "to index, write the '[' right after the value (`xs[i]`); to pass a list, call with parentheses (`f([1, 2])`)"
                    : "put each statement on its own line or separate them with ';'";
            Error(DiagnosticCode.UnexpectedToken, $"expected end of line after this statement, found {Found()}", hint, CurrentToken.Span);
        }
        RecoverToStatementEnd(stopAtBar);
    }

    /// <summary>
    /// After a line that could not be read (`class P do`): when it opens a block, skip to the block's
    /// `end`, so that its body and `end` are not reported as stray statements too.
    /// </summary>
    private void SkipBlockOpenedOnThisLine()
    {
        var index = CurrentIndex;
        var line = _source.GetPosition(_tokens[index].Start).Line;
        while (_tokens[index].Kind is not (SyntaxKind.Newline or SyntaxKind.EndOfFile or SyntaxKind.DoKw)
            && _source.GetPosition(_tokens[index].Start).Line == line)
        {
            index = SigIndex(index + 1);
        }
        if (_tokens[index].Kind != SyntaxKind.DoKw || _source.GetPosition(_tokens[index].Start).Line != line)
        {
            return;
        }
        StartNode(SyntaxKind.Error);
        var depth = 0;
        while (!AtEnd)
        {
            var kind = Current;
            Bump();
            if (kind == SyntaxKind.DoKw)
            {
                depth++;
            }
            else if (kind == SyntaxKind.EndKw && --depth == 0)
            {
                break;
            }
        }
        FinishNode();
    }

    /// <summary>Other languages' words for Mesh's keywords, and what Mesh writes instead.</summary>
    private static readonly Dictionary<string, string> ForeignKeywords = new()
    {
        ["var"] = "bind a value with `let name = value` (values are immutable; `let` again to shadow)",
        ["val"] = "bind a value with `let name = value`",
        ["mut"] = "bind a value with `let name = value` (values are immutable; `let` again to shadow)",
        ["const"] = "a module constant is `let NAME = value` at the top level",
        ["class"] = "define a record with `struct Name do ... end`, and its methods in `impl Interface for Name do ... end`",
        ["record"] = "define a record with `struct Name do ... end`",
        ["enum"] = "define variants with `type Name do A; B end`",
        ["data"] = "define variants with `type Name do A; B end`",
        ["func"] = "define a function with `fn name(x :: Int) -> Int do ... end`",
        ["function"] = "define a function with `fn name(x :: Int) -> Int do ... end`",
        ["fun"] = "define a function with `fn name(x :: Int) -> Int do ... end`",
        ["trait"] = "an interface is `interface Name do fn method(self) -> T end`",
    };

    private static readonly string[] StatementKeywords = ["let", "fn", "struct", "type", "interface", "impl", "import", "from", "actor", "service", "supervisor", "case", "receive", "for", "while"];

    /// <summary>
    /// The statement so far is one plain word and a name follows it on the same line: the word was
    /// meant as a keyword (another language's, or a misspelt Mesh one).
    /// </summary>
    private (string Word, TextSpan Span, string Hint)? ForeignKeyword()
    {
        if (!At(SyntaxKind.Ident) || !OnSameLine() || _statementStart < 0 || _statementStart >= _tokens.Count
            || _tokens[_statementStart].Kind != SyntaxKind.Ident || SigIndex(_statementStart + 1) != CurrentIndex)
        {
            return null;
        }
        var first = _tokens[_statementStart];
        var word = TokenText(first);
        if (ForeignKeywords.TryGetValue(word, out var hint))
        {
            return (word, first.Span, hint);
        }
        return NameSuggestions.Closest(word, StatementKeywords) is { } keyword ? (word, first.Span, $"did you mean `{keyword}`?") : null;
    }

    private bool IsItemStart()
    {
        switch (Current)
        {
            case SyntaxKind.FnKw or SyntaxKind.DefKw:
                // `fn name(`, `fn name<`, `fn name do`, `fn name =` define; `fn x -> …`, `fn x, y ->` are closures.
                if (SyntaxFacts.IsKeyword(Nth(1)) && Nth(2) == SyntaxKind.LParen)
                {
                    return true; // `fn after(...)`: a definition with a keyword as its name, reported by ExpectName
                }
                return Nth(1) == SyntaxKind.Ident && Nth(2) is SyntaxKind.LParen or SyntaxKind.Lt or SyntaxKind.DoKw or SyntaxKind.Eq
                    or SyntaxKind.WhenKw or SyntaxKind.WhereKw or SyntaxKind.Newline or SyntaxKind.EndOfFile;
            case SyntaxKind.PubKw or SyntaxKind.StructKw or SyntaxKind.InterfaceKw or SyntaxKind.ImplKw or SyntaxKind.ActorKw
                or SyntaxKind.ServiceKw or SyntaxKind.SupervisorKw or SyntaxKind.ImportKw or SyntaxKind.ModuleKw:
                return true;
            case SyntaxKind.TypeKw:
                return Nth(1) == SyntaxKind.Ident;
            case SyntaxKind.Ident:
                return CurrentText == "from" && Nth(1) == SyntaxKind.Ident && Nth(2) is SyntaxKind.ImportKw or SyntaxKind.Dot;
            default:
                return false;
        }
    }

    private void ParseItemOrStatement()
    {
        if (IsItemStart())
        {
            ParseItem();
        }
        else if (At(SyntaxKind.LetKw))
        {
            ParseLet();
        }
        else
        {
            ParseExpr();
        }
    }

    private void ParseItem()
    {
        var cp = Checkpoint();
        var isPub = false;
        if (At(SyntaxKind.PubKw))
        {
            isPub = true;
            StartNode(SyntaxKind.Visibility);
            Bump();
            FinishNode();
        }
        switch (Current)
        {
            case SyntaxKind.FnKw or SyntaxKind.DefKw:
                ParseFnDef(cp, requireBody: true);
                return;
            case SyntaxKind.StructKw:
                ParseStructDef(cp);
                return;
            case SyntaxKind.TypeKw:
                ParseTypeDef(cp);
                return;
            case SyntaxKind.InterfaceKw:
                ParseInterfaceDef(cp);
                return;
            case SyntaxKind.ImplKw:
                ParseImplDef(cp);
                return;
            case SyntaxKind.ActorKw:
                ParseActorDef(cp);
                return;
            case SyntaxKind.ServiceKw:
                ParseServiceDef(cp);
                return;
            case SyntaxKind.SupervisorKw:
                ParseSupervisorDef(cp);
                return;
            case SyntaxKind.ModuleKw:
                ParseModuleDef(cp);
                return;
            case SyntaxKind.ImportKw when !isPub:
                ParseImport(cp);
                return;
            case SyntaxKind.Ident when !isPub && CurrentText == "from":
                ParseFromImport(cp);
                return;
        }
        // `pub` followed by something that is not an item.
        StartNodeAt(cp, SyntaxKind.Error);
        Error(DiagnosticCode.ExpectedItem, $"expected an item after 'pub' (fn, struct, type, interface, supervisor, module), found {Found()}");
        FinishNode();
    }

    // ---- shared pieces ----

    private TextSpan ExpectName(string what)
    {
        if (At(SyntaxKind.Ident))
        {
            var span = CurrentToken.Span;
            Bump();
            return span;
        }
        if (SyntaxFacts.IsKeyword(Current) && Current is not (SyntaxKind.DoKw or SyntaxKind.EndKw) && Nth(1) is SyntaxKind.LParen or SyntaxKind.DoKw or SyntaxKind.Lt)
        {
            Error(DiagnosticCode.ExpectedToken, $"expected {what}, found {Found()}", $"'{CurrentText}' is a keyword and cannot be used as a name");
            BumpError();
            return default;
        }
        var hint = SyntaxFacts.IsKeyword(Current) ? $"'{CurrentText}' is a keyword and cannot be used as a name" : null;
        Error(DiagnosticCode.ExpectedToken, $"expected {what}, found {Found()}", hint);
        return default;
    }

    /// <summary>Parses the <c>do</c> of an item or block and returns its span (default when missing).</summary>
    private TextSpan? ExpectDo(string context)
    {
        if (At(SyntaxKind.DoKw))
        {
            var span = CurrentToken.Span;
            Bump();
            return span;
        }
        var hint = Current is SyntaxKind.LBrace ? "Mesh blocks use 'do … end', not braces" : null;
        var missingAtLineEnd = Current == SyntaxKind.Newline;
        var span2 = ErrorSpan();
        Error(DiagnosticCode.ExpectedToken, $"expected 'do' {context}, found {Found()}", hint);
        // A missing `do` at the end of a line: carry on as if it were there, so the matching `end` still lines up.
        return missingAtLineEnd ? span2 : null;
    }

    private void ExpectEnd(TextSpan? doSpan, string construct = "this 'do' block")
    {
        if (Eat(SyntaxKind.EndKw))
        {
            return;
        }
        var hint = AtEnd ? "every 'do' needs a matching 'end'" : "add 'end' before this line, or check the blocks above";
        (TextSpan, string)? secondary = doSpan is { } s ? (s, "block opened here") : null;
        Error(DiagnosticCode.ExpectedToken, $"expected 'end' to close {construct}, found {Found()}", hint, secondary: secondary);
    }

    private void ParseGenericParamsOpt()
    {
        if (!At(SyntaxKind.Lt))
        {
            return;
        }
        StartNode(SyntaxKind.GenericParamList);
        Bump();
        while (!At(SyntaxKind.Gt) && !AtEnd)
        {
            if (!At(SyntaxKind.Ident))
            {
                Error(DiagnosticCode.ExpectedToken, $"expected a type parameter name, found {Found()}");
                break;
            }
            StartNode(SyntaxKind.GenericParam);
            Bump();
            if (Eat(SyntaxKind.Colon))
            {
                ParseBoundList();
            }
            FinishNode();
            if (!Eat(SyntaxKind.Comma))
            {
                break;
            }
        }
        Expect(SyntaxKind.Gt, "to close the type parameter list");
        FinishNode();
    }

    /// <summary><c>Trait</c>, <c>Mod.Trait&lt;T&gt;</c>, joined by <c>+</c>.</summary>
    private void ParseBoundList()
    {
        do
        {
            ParseType();
        }
        while (Eat(SyntaxKind.Plus));
    }

    private void ParseWhereClauseOpt()
    {
        if (!At(SyntaxKind.WhereKw))
        {
            return;
        }
        StartNode(SyntaxKind.WhereClause);
        Bump();
        do
        {
            SkipNewlines();
            StartNode(SyntaxKind.TraitBound);
            ExpectName("a type parameter name");
            Expect(SyntaxKind.Colon, "after the type parameter");
            ParseBoundList();
            FinishNode();
        }
        while (Eat(SyntaxKind.Comma));
        FinishNode();
    }

    private void ParseGuardClause()
    {
        StartNode(SyntaxKind.GuardClause);
        Bump(); // when
        ParseExprNoDo();
        FinishNode();
    }

    // ---- fn ----

    private void ParseFnDef(int cp, bool requireBody)
    {
        StartNodeAt(cp, SyntaxKind.FnDef);
        Bump(); // fn / def
        ExpectName("a function name");
        ParseGenericParamsOpt();
        if (At(SyntaxKind.LParen))
        {
            ParseParamList();
        }
        if (Eat(SyntaxKind.Arrow))
        {
            ParseType();
        }
        ParseWhereClauseOpt();
        if (At(SyntaxKind.WhenKw))
        {
            ParseGuardClause();
        }
        if (At(SyntaxKind.Eq))
        {
            Bump();
            SkipNewlines();
            ParseExpr();
        }
        else if (At(SyntaxKind.DoKw))
        {
            var doSpan = CurrentToken.Span;
            Bump();
            ParseBlock(BlockKind.Normal);
            ExpectEnd(doSpan, "this function body");
        }
        else if (requireBody)
        {
            var hint = At(SyntaxKind.ColonColon) ? "return types are written with '->', as in fn f(x :: Int) -> Int do" : null;
            var atLineEnd = At(SyntaxKind.Newline);
            var span = ErrorSpan();
            Error(DiagnosticCode.ExpectedToken, $"expected 'do' or '=' to start the function body, found {Found()}", hint);
            if (atLineEnd)
            {
                // Most likely just the `do` is missing: parse the body so its `end` still matches.
                ParseBlock(BlockKind.Normal);
                ExpectEnd(span, "this function body");
            }
        }
        FinishNode();
    }

    /// <summary><c>( param, … )</c> where each param is a pattern with an optional <c>:: Type</c>.</summary>
    private void ParseParamList()
    {
        StartNode(SyntaxKind.ParamList);
        var open = CurrentToken.Span;
        Bump();
        PushNewlines(false);
        var saved = _noTrailingDo;
        _noTrailingDo = false;
        while (!At(SyntaxKind.RParen) && !AtEnd)
        {
            if (!CanStartPattern(Current))
            {
                Error(DiagnosticCode.ExpectedPattern, $"expected a parameter, found {Found()}");
                break;
            }
            ParseParam(allowTopOr: true);
            if (Eat(SyntaxKind.Comma))
            {
                continue;
            }
            if (!At(SyntaxKind.RParen) && !AtEnd && CanStartPattern(Current) && OnSameLine())
            {
                // `fn f(a :: Int b :: Int)`: most likely a forgotten comma; say so and keep the
                // rest of the header, so the body and its `end` still line up.
                Error(DiagnosticCode.ExpectedToken, $"expected ',' between parameters, found {Found()}");
                continue;
            }
            break;
        }
        _noTrailingDo = saved;
        ExpectCloser(SyntaxKind.RParen, open);
        PopNewlines();
        FinishNode();
    }

    private void ParseParam(bool allowTopOr)
    {
        StartNode(SyntaxKind.Param);
        ParsePattern(allowTopCons: false, allowTopOr: allowTopOr);
        if (Eat(SyntaxKind.ColonColon))
        {
            ParseType();
        }
        else if (At(SyntaxKind.Colon) && Nth(1) is SyntaxKind.Ident or SyntaxKind.LParen)
        {
            // `fn add(a: Int)`, as Rust, Gleam and TypeScript write it: one error, and the type is
            // still read so that the rest of the header does not report more.
            Error(DiagnosticCode.ExpectedToken, "parameter types are written with '::', found ':'", "write `name :: Type`, as in fn add(a :: Int, b :: Int)",
                label: "use '::' here");
            BumpError();
            ParseType();
        }
        FinishNode();
    }

    private void ExpectCloser(SyntaxKind closer, TextSpan open)
    {
        if (Eat(closer))
        {
            return;
        }
        var openText = _text.Substring(open.Start, open.Length);
        var line = _source.GetPosition(open.Start).Line;
        Error(DiagnosticCode.UnclosedDelimiter,
            $"expected {SyntaxFacts.Describe(closer)} to close '{openText}' from line {line}, found {Found()}",
            secondary: (open, "opened here"));
    }

    // ---- struct ----

    private void ParseStructDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.StructDef);
        Bump(); // struct
        ExpectName("a struct name");
        ParseGenericParamsOpt();
        var doSpan = ExpectDo("to start the struct body");
        if (doSpan is not null)
        {
            PushNewlines(true);
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
                if (At(SyntaxKind.Ident) && Nth(1) == SyntaxKind.ColonColon)
                {
                    StartNode(SyntaxKind.StructField);
                    Bump();
                    Bump(); // ::
                    ParseType();
                    FinishNode();
                    Eat(SyntaxKind.Comma);
                }
                else if (At(SyntaxKind.Ident) && !IsStructOptionKey(CurrentText))
                {
                    StartNode(SyntaxKind.StructField);
                    Bump();
                    Error(DiagnosticCode.ExpectedToken, $"expected '::' and a type after the field name, found {Found()}", "fields are written 'name :: Type'");
                    if (CanStartType(Current))
                    {
                        ParseType();
                    }
                    FinishNode();
                }
                else if (At(SyntaxKind.Ident))
                {
                    // Contextual body options such as `table "x"`, `primary_key :id`, `belongs_to :a, T`.
                    StartNode(SyntaxKind.StructOption);
                    Bump();
                    if (!AtStatementEnd())
                    {
                        ParseExpr();
                        while (Eat(SyntaxKind.Comma))
                        {
                            ParseExpr();
                        }
                    }
                    FinishNode();
                }
                else
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected a field ('name :: Type') or 'end', found {Found()}");
                }
                AfterStatement(errorsBefore, stopAtBar: false);
                if (CurrentIndex == before)
                {
                    BumpError();
                }
            }
            PopNewlines();
            ExpectEnd(doSpan, "this struct body");
        }
        ParseDerivingOpt();
        FinishNode();
    }

    private static bool IsStructOptionKey(string word)
        => word is "table" or "primary_key" or "timestamps" or "belongs_to" or "has_many" or "has_one";

    private void ParseDerivingOpt()
    {
        if (!AtContextual("deriving"))
        {
            return;
        }
        StartNode(SyntaxKind.DerivingClause);
        Bump();
        if (At(SyntaxKind.LParen))
        {
            var open = CurrentToken.Span;
            Bump();
            PushNewlines(false);
            while (At(SyntaxKind.Ident))
            {
                Bump();
                if (!Eat(SyntaxKind.Comma))
                {
                    break;
                }
            }
            if (!At(SyntaxKind.RParen))
            {
                Error(DiagnosticCode.ExpectedToken, $"expected a trait name or ')' in deriving(...), found {Found()}");
            }
            ExpectCloser(SyntaxKind.RParen, open);
            PopNewlines();
        }
        else
        {
            Expect(SyntaxKind.LParen, "after 'deriving'", "write deriving(Eq, Display)");
        }
        FinishNode();
    }

    // ---- type: sum types and aliases ----

    private void ParseTypeDef(int cp)
    {
        // Decide between `type X = T` and `type X do … end` by scanning past the name and generics.
        var isAlias = false;
        var i = 2;
        if (Nth(i) == SyntaxKind.Lt)
        {
            var depth = 0;
            for (; i < 4096; i++)
            {
                var k = Nth(i);
                if (k == SyntaxKind.Lt)
                {
                    depth++;
                }
                else if (k == SyntaxKind.Gt && --depth == 0)
                {
                    i++;
                    break;
                }
                else if (k is SyntaxKind.EndOfFile or SyntaxKind.Newline or SyntaxKind.DoKw or SyntaxKind.Eq)
                {
                    break;
                }
            }
        }
        isAlias = Nth(i) == SyntaxKind.Eq;

        StartNodeAt(cp, isAlias ? SyntaxKind.TypeAliasDef : SyntaxKind.SumTypeDef);
        Bump(); // type
        ExpectName("a type name");
        ParseGenericParamsOpt();
        if (isAlias)
        {
            Bump(); // =
            SkipNewlines();
            ParseType();
            FinishNode();
            return;
        }
        var doSpan = ExpectDo("to start the variants of the sum type (or '=' for a type alias)");
        if (doSpan is not null)
        {
            PushNewlines(true);
            while (true)
            {
                SkipSeparators();
                Eat(SyntaxKind.Bar);
                if (At(SyntaxKind.EndKw) || AtEnd || AtColumnOneItem())
                {
                    break;
                }
                var errorsBefore = _errorCount;
                var before = CurrentIndex;
                _statementStart = before;
                if (At(SyntaxKind.Ident))
                {
                    ParseVariant();
                }
                else
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected a variant name or 'end', found {Found()}");
                }
                if (At(SyntaxKind.Bar))
                {
                    continue;
                }
                AfterStatement(errorsBefore, stopAtBar: false);
                if (CurrentIndex == before)
                {
                    BumpError();
                }
            }
            PopNewlines();
            ExpectEnd(doSpan, "this type definition");
        }
        ParseDerivingOpt();
        FinishNode();
    }

    private void ParseVariant()
    {
        StartNode(SyntaxKind.VariantDef);
        Bump(); // name
        if (At(SyntaxKind.LParen))
        {
            var open = CurrentToken.Span;
            Bump();
            PushNewlines(false);
            while (!At(SyntaxKind.RParen) && !AtEnd)
            {
                if (At(SyntaxKind.Ident) && Nth(1) == SyntaxKind.ColonColon)
                {
                    StartNode(SyntaxKind.VariantField);
                    Bump();
                    Bump();
                    ParseType();
                    FinishNode();
                }
                else if (CanStartType(Current))
                {
                    ParseType();
                }
                else
                {
                    Error(DiagnosticCode.ExpectedType, $"expected a field type, found {Found()}");
                    break;
                }
                if (!Eat(SyntaxKind.Comma))
                {
                    break;
                }
            }
            ExpectCloser(SyntaxKind.RParen, open);
            PopNewlines();
        }
        FinishNode();
    }

    // ---- interface / impl ----

    private void ParseInterfaceDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.InterfaceDef);
        Bump();
        ExpectName("an interface name");
        ParseGenericParamsOpt();
        var doSpan = ExpectDo("to start the interface body");
        if (doSpan is not null)
        {
            ParseMemberList(allowAssocBinding: false, "this interface body");
            ExpectEnd(doSpan, "this interface body");
        }
        FinishNode();
    }

    private void ParseImplDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.ImplDef);
        Bump(); // impl
        ParsePath("an interface name");
        if (At(SyntaxKind.Lt))
        {
            ParseGenericArgs();
        }
        if (Expect(SyntaxKind.ForKw, "after the interface name", "write impl Interface for Type do … end"))
        {
            ParseType();
        }
        ParseWhereClauseOpt();
        var doSpan = ExpectDo("to start the impl body");
        if (doSpan is not null)
        {
            ParseMemberList(allowAssocBinding: true, "this impl body");
            ExpectEnd(doSpan, "this impl body");
        }
        FinishNode();
    }

    /// <summary>Members of an interface or impl: <c>fn</c> definitions/signatures and <c>type Name [= T]</c>.</summary>
    private void ParseMemberList(bool allowAssocBinding, string what)
    {
        PushNewlines(true);
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
            var cp = Checkpoint();
            if (At(SyntaxKind.PubKw) && Nth(1) is SyntaxKind.FnKw or SyntaxKind.DefKw)
            {
                StartNode(SyntaxKind.Visibility);
                Bump();
                FinishNode();
            }
            if (At(SyntaxKind.FnKw) || At(SyntaxKind.DefKw))
            {
                ParseFnDef(cp, requireBody: allowAssocBinding);
            }
            else if (At(SyntaxKind.TypeKw))
            {
                StartNode(SyntaxKind.AssocTypeDef);
                Bump();
                ExpectName("an associated type name");
                if (At(SyntaxKind.Eq))
                {
                    Bump();
                    ParseType();
                }
                else if (allowAssocBinding)
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected '=' and a type for the associated type, found {Found()}", "write type Item = Int");
                }
                FinishNode();
            }
            else
            {
                Error(DiagnosticCode.ExpectedToken, $"expected 'fn', 'type' or 'end' in {what}, found {Found()}");
            }
            AfterStatement(errorsBefore, stopAtBar: false);
            if (CurrentIndex == before)
            {
                BumpError();
            }
        }
        PopNewlines();
    }

    // ---- actor / service / supervisor ----

    private void ParseActorDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.ActorDef);
        Bump();
        ExpectName("an actor name");
        if (At(SyntaxKind.LParen))
        {
            ParseParamList();
        }
        var doSpan = ExpectDo("to start the actor body");
        if (doSpan is not null)
        {
            ParseBlock(BlockKind.Actor);
            ExpectEnd(doSpan, "this actor body");
        }
        FinishNode();
    }

    private void ParseTerminateClause()
    {
        StartNode(SyntaxKind.TerminateClause);
        Bump();
        var doSpan = ExpectDo("after 'terminate'");
        if (doSpan is not null)
        {
            ParseBlock(BlockKind.Normal);
            ExpectEnd(doSpan, "this 'terminate' block");
        }
        FinishNode();
    }

    private void ParseServiceDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.ServiceDef);
        Bump();
        ExpectName("a service name");
        var doSpan = ExpectDo("to start the service body");
        if (doSpan is not null)
        {
            PushNewlines(true);
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
                if (At(SyntaxKind.CallKw) || At(SyntaxKind.CastKw))
                {
                    ParseHandler();
                }
                else if (IsItemStart())
                {
                    ParseItem();
                }
                else
                {
                    Error(DiagnosticCode.ExpectedToken, $"expected 'fn', 'call', 'cast' or 'end' in this service body, found {Found()}");
                }
                AfterStatement(errorsBefore, stopAtBar: false);
                if (CurrentIndex == before)
                {
                    BumpError();
                }
            }
            PopNewlines();
            ExpectEnd(doSpan, "this service body");
        }
        FinishNode();
    }

    private void ParseHandler()
    {
        var isCall = At(SyntaxKind.CallKw);
        StartNode(isCall ? SyntaxKind.CallHandler : SyntaxKind.CastHandler);
        Bump();
        ExpectName(isCall ? "a call handler name" : "a cast handler name");
        if (At(SyntaxKind.LParen))
        {
            ParseParamList();
        }
        if (At(SyntaxKind.ColonColon) || At(SyntaxKind.Arrow))
        {
            Bump();
            ParseType();
        }
        var doSpan = ExpectDo(isCall ? "to start the call handler" : "to start the cast handler");
        if (doSpan is not null)
        {
            if (At(SyntaxKind.Bar))
            {
                ParseBarParams();
            }
            ParseBlock(BlockKind.Normal);
            ExpectEnd(doSpan, isCall ? "this call handler" : "this cast handler");
        }
        FinishNode();
    }

    /// <summary><c>|a, b|</c> after <c>do</c> (handler state, trailing closures).</summary>
    private void ParseBarParams()
    {
        StartNode(SyntaxKind.ParamList);
        Bump(); // |
        while (!At(SyntaxKind.Bar) && !AtStatementEnd())
        {
            if (!CanStartPattern(Current))
            {
                Error(DiagnosticCode.ExpectedPattern, $"expected a parameter, found {Found()}");
                break;
            }
            ParseParam(allowTopOr: false);
            if (!Eat(SyntaxKind.Comma))
            {
                break;
            }
        }
        Expect(SyntaxKind.Bar, "to close the parameter list");
        FinishNode();
    }

    private void ParseSupervisorDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.SupervisorDef);
        Bump();
        ExpectName("a supervisor name");
        var doSpan = ExpectDo("to start the supervisor body");
        if (doSpan is not null)
        {
            ParseSupervisorEntries(allowChildren: true);
            ExpectEnd(doSpan, "this supervisor body");
        }
        FinishNode();
    }

    private void ParseSupervisorEntries(bool allowChildren)
    {
        PushNewlines(true);
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
            if (allowChildren && AtContextual("child") && Nth(1) == SyntaxKind.Ident)
            {
                StartNode(SyntaxKind.ChildSpec);
                Bump();
                Bump(); // child id
                var doSpan = ExpectDo("to start the child spec");
                if (doSpan is not null)
                {
                    ParseSupervisorEntries(allowChildren: false);
                    ExpectEnd(doSpan, "this child spec");
                }
                FinishNode();
            }
            else if (At(SyntaxKind.Ident))
            {
                StartNode(SyntaxKind.SupervisorOption);
                Bump();
                if (At(SyntaxKind.AtomLiteral))
                {
                    // `strategy:one_for_one` lexes the value as an atom; accept it.
                    StartNode(SyntaxKind.AtomLiteralExpr);
                    Bump();
                    FinishNode();
                }
                else if (Expect(SyntaxKind.Colon, "after the option name", "write key: value"))
                {
                    SkipNewlines();
                    ParseExpr();
                }
                FinishNode();
            }
            else
            {
                Error(DiagnosticCode.ExpectedToken,
                    allowChildren
                        ? $"expected 'strategy:', 'max_restarts:', 'max_seconds:', 'child' or 'end', found {Found()}"
                        : $"expected 'start:', 'restart:', 'shutdown:' or 'end', found {Found()}");
            }
            AfterStatement(errorsBefore, stopAtBar: false);
            if (CurrentIndex == before)
            {
                BumpError();
            }
        }
        PopNewlines();
    }

    // ---- imports and modules ----

    private void ParsePath(string what)
    {
        StartNode(SyntaxKind.Path);
        if (At(SyntaxKind.Ident))
        {
            Bump();
            while (At(SyntaxKind.Dot) && Nth(1) == SyntaxKind.Ident)
            {
                Bump();
                Bump();
            }
        }
        else
        {
            Error(DiagnosticCode.ExpectedToken, $"expected {what}, found {Found()}");
        }
        FinishNode();
    }

    private void ParseImport(int cp)
    {
        StartNodeAt(cp, SyntaxKind.ImportDecl);
        Bump();
        ParsePath("a module name");
        FinishNode();
    }

    private void ParseFromImport(int cp)
    {
        StartNodeAt(cp, SyntaxKind.FromImportDecl);
        Bump(); // from
        ParsePath("a module name");
        if (Expect(SyntaxKind.ImportKw, "after the module name"))
        {
            StartNode(SyntaxKind.ImportList);
            var parenthesized = At(SyntaxKind.LParen);
            var open = CurrentToken.Span;
            if (parenthesized)
            {
                Bump();
                PushNewlines(false);
            }
            if (At(SyntaxKind.Star))
            {
                Error(DiagnosticCode.ExpectedToken, "glob imports are not supported", "list the names to import: from M import a, b", CurrentToken.Span);
                Bump();
            }
            else
            {
                while (true)
                {
                    if (!At(SyntaxKind.Ident))
                    {
                        Error(DiagnosticCode.ExpectedToken, $"expected a name to import, found {Found()}");
                        break;
                    }
                    Bump();
                    if (!Eat(SyntaxKind.Comma))
                    {
                        break;
                    }
                    SkipNewlines();
                }
            }
            if (parenthesized)
            {
                ExpectCloser(SyntaxKind.RParen, open);
                PopNewlines();
            }
            FinishNode();
        }
        FinishNode();
    }

    private void ParseModuleDef(int cp)
    {
        StartNodeAt(cp, SyntaxKind.ModuleDef);
        Bump();
        ParsePath("a module name");
        var doSpan = ExpectDo("to start the module body");
        if (doSpan is not null)
        {
            ParseBlock(BlockKind.Module);
            ExpectEnd(doSpan, "this module body");
        }
        FinishNode();
    }
}
