using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Semantics.Stdlib;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    /// <summary>Infers one function body: expressions to typed expressions, with unification.</summary>
    private sealed partial class FunctionBodyChecker
    {
        private readonly TypeChecker _checker;
        private readonly FunctionInfo _info;
        private readonly List<Obligation> _obligations;
        private readonly IReadOnlyDictionary<string, MeshType> _generics;
        private readonly List<Dictionary<string, LocalSymbol>> _scopes = [];

        public FunctionBodyChecker(TypeChecker checker, FunctionInfo info, List<Obligation> obligations, IReadOnlyDictionary<string, MeshType> generics)
        {
            _checker = checker;
            _info = info;
            _obligations = obligations;
            _generics = generics;
        }

        private SourceText Source => _info.Module.Source;

        private Substitution Types => _checker._types;

        /// <summary>The innermost function whose `return` we are in: the closure being checked, or the function itself.</summary>
        private MeshType ReturnType => _closures.Count > 0 ? _closures[^1].Return : _info.MonoType!.Return;

        private FunType Signature => _info.MonoType!;

        public TExpr CheckBody()
        {
            var diagnosticsBefore = _checker._diagnostics.Count;
            var body = CheckBodyAndSignature();
            WarnUnusedLocals(diagnosticsBefore);
            return body;
        }

        private TExpr CheckBodyAndSignature()
        {
            PushScope();
            foreach (var p in _info.Symbol.Params)
            {
                Declare(p);
            }
            TExpr body;
            switch (_info.Syntax)
            {
                case ServiceDef when _info.Handler is { } handler:
                    body = CheckHandlerBody(handler);
                    PopScope();
                    return body;
                case FnDef when _info.IsMultiClause:
                    body = InferClauses();
                    break;
                case FnDef { ExprBody: { } expr }:
                    body = Infer(expr);
                    break;
                case FnDef { Body: { } block }:
                    // A function declared to return unit drops its last value, so that value's type is free.
                    body = Types.Shallow(Signature.Return) is TypeCon { Name: "()" } ? InferDiscarded(block) : Infer(block);
                    break;
                case ActorDef { Body: { } block } actor:
                    body = Infer(block);
                    if (actor.TerminateBody is { } terminate)
                    {
                        CheckTerminate(terminate);
                    }
                    break;
                case SupervisorDef supervisor:
                    body = CheckSupervisor(supervisor);
                    break;
                default:
                    body = new TUnitLiteral(_info.Syntax.Span);
                    break;
            }
            PopScope();
            // A function whose declared or inferred result is unit discards its last value.
            if (Types.Shallow(Signature.Return) is TypeCon { Name: "()" })
            {
                return body;
            }
            Unify(Signature.Return, body.Type, ResultSpan(body), "this function's result");
            return body;
        }

        // ---- scopes ----

        private void PushScope() => _scopes.Add([]);

        private void PopScope() => _scopes.RemoveAt(_scopes.Count - 1);

        private void Declare(LocalSymbol local)
        {
            if (local.Name != "_")
            {
                _scopes[^1][local.Name] = local;
                // A module constant's value is checked again at each use: whatever it binds belongs
                // to the constant, not to this function.
                if (IsWarnable(local) && _expandingConstants.Count == 0)
                {
                    _declared.Add(local);
                }
            }
        }

        // ---- unused variables (W0003) ----

        /// <summary>The program's own variables, in order of declaration: parameters, `let` and pattern bindings.</summary>
        private readonly List<LocalSymbol> _declared = [];

        /// <summary>Variables some expression names (in a guard, a closure, an interpolation, anywhere).</summary>
        private readonly HashSet<LocalSymbol> _used = [];

        /// <summary>Variables bound by a struct or variant field shorthand (<c>Point { x, .. }</c>): the hint differs.</summary>
        private readonly HashSet<LocalSymbol> _shorthandBindings = [];

        /// <summary>Locals that are not variables of the program: a nested function's name.</summary>
        private readonly HashSet<LocalSymbol> _notVariables = [];

        /// <summary>
        /// Names starting with `_` say "unused on purpose"; `self` is the receiver an impl's signature
        /// demands; `$…` are the checker's own. A local without a place in the source was made by a desugaring.
        /// </summary>
        private static bool IsWarnable(LocalSymbol local)
            => local.Name.Length > 0 && local.Name[0] is not ('_' or '$') && local.Name != "self" && local.Span.Length > 0;

        /// <summary>
        /// W0003 for each variable of this function (closures, clauses and nested functions included)
        /// that nothing reads, as Gleam warns for unused variables, arguments included. Not in a
        /// function that had errors (a misspelt use would be reported twice), nor in the library.
        /// </summary>
        private void WarnUnusedLocals(int diagnosticsBefore)
        {
            if (_info.Module.IsLibrary || _checker._diagnostics.HasErrorsSince(diagnosticsBefore))
            {
                return;
            }
            var reported = new HashSet<TextSpan>();
            foreach (var local in _declared)
            {
                if (_used.Contains(local) || _notVariables.Contains(local) || !reported.Add(local.Span))
                {
                    continue;
                }
                var hint = _shorthandBindings.Contains(local)
                    ? $"if the field is not needed, write `{local.Name}: _` or leave it to `..`"
                    : $"if it is unused on purpose, name it `_{local.Name}` (or `_`)";
                // A parameter's span covers its annotation (`b :: T`): point at the name.
                var span = local.Span.Length > local.Name.Length && Source.Slice(local.Span).StartsWith(local.Name, StringComparison.Ordinal)
                    ? new TextSpan(local.Span.Start, local.Name.Length) : local.Span;
                _checker.Error(DiagnosticCode.UnusedVariable, $"variable `{local.Name}` is never used", Source, span, "unused", hint);
            }
        }

        private LocalSymbol? Lookup(string name)
        {
            for (var i = _scopes.Count - 1; i >= 0; i--)
            {
                if (_scopes[i].TryGetValue(name, out var local))
                {
                    _used.Add(local);
                    // Every closure being checked whose own scopes start above this one captures it.
                    foreach (var closure in _closures)
                    {
                        if (i < closure.BaseScope && !closure.Captures.Contains(local))
                        {
                            closure.Captures.Add(local);
                        }
                    }
                    // So does a let's value, should it become polymorphic (a closure using it then captures these).
                    foreach (var letValue in _letValues)
                    {
                        if (i < letValue.BaseScope && !letValue.Captures.Contains(local))
                        {
                            letValue.Captures.Add(local);
                        }
                    }
                    return local;
                }
            }
            return null;
        }

        private LocalSymbol NewLocal(string name, MeshType type, TextSpan span) => new(_checker.NextLocalId(), name, type, span);

        // ---- unification with diagnostics ----

        private bool Unify(MeshType expected, MeshType actual, TextSpan span, string? context = null, DiagnosticCode code = DiagnosticCode.TypeMismatch, string? hint = null)
        {
            var result = Types.Unify(expected, actual);
            if (result == Substitution.UnifyResult.Ok)
            {
                return true;
            }
            var e = TypeFormatter.Format(Types.Resolve(expected));
            var a = TypeFormatter.Format(Types.Resolve(actual));
            if (result == Substitution.UnifyResult.InfiniteType)
            {
                _checker.Error(DiagnosticCode.InfiniteType, $"this would need an infinite type ({e} = {a})", Source, span);
                return false;
            }
            var message = context is null ? $"expected {e}, found {a}" : $"expected {e} for {context}, found {a}";
            if (hint is null && Types.Shallow(actual) is TypeCon { Name: "Range" } && Types.Shallow(expected) is TypeCon { Name: "List" })
            {
                hint = "a range is not a list: convert it with `Range.to_list(r)`, or loop over it with `for i in r do … end`";
            }
            _checker.Error(code, message, Source, span, $"this is {Article(a)}", hint ?? TupleParameterHint(expected, actual) ?? MismatchHint(expected, actual));
            return false;
        }

        /// <summary>What usually causes a mismatch between these two types, said as a fix.</summary>
        private string? MismatchHint(MeshType expected, MeshType actual)
        {
            switch (Types.Resolve(expected), Types.Resolve(actual))
            {
                case (TypeCon { Name: "Float" }, TypeCon { Name: "Int" }):
                    return "Mesh never turns an Int into a Float by itself: write `Int.to_float(n)`, or a Float literal such as `2.0`";
                case (TypeCon { Name: "Int" }, TypeCon { Name: "Float" }):
                    return "Mesh never mixes Int and Float: convert with `Int.to_float(n)` on the Int side, or `Float.to_int(x)` to truncate";
                case (TypeCon { Name: "String" }, TypeCon { Name: "Int" or "Float" or "Bool" } other):
                    return $"turn the {other.Name} into a String with interpolation: \"${{value}}\"";
                case (FunType wanted, FunType given) when wanted.Params.Length != given.Params.Length:
                    return $"this function takes {Plural(given.Params.Length, "argument")}, but one taking {Plural(wanted.Params.Length, "argument")} is needed here";
                default:
                    return null;
            }
        }

        private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

        /// <summary>
        /// A closure of n parameters where one taking an n-tuple is needed (`List.map(pairs, fn (a, b) ->
        /// ... end)`, as Elixir's `fn {a, b} ->` would be written): say how to destructure the tuple.
        /// </summary>
        private string? TupleParameterHint(MeshType expected, MeshType actual)
            => Types.Resolve(expected) is FunType { Params: [var only] } && Types.Resolve(only) is TypeCon { Name: MeshType.TupleName } tuple
                && Types.Resolve(actual) is FunType given && given.Params.Length == tuple.Args.Length && given.Params.Length > 1
                ? $"a closure taking one tuple destructures it in its parameter: `fn (({string.Join(", ", Enumerable.Range(0, tuple.Args.Length).Select(i => (char)('a' + i)))})) -> ... end`"
                : null;

        /// <summary>
        /// Where a block's value comes from, for a mismatch on it: its last expression (the `42` that
        /// should have been a String), or its last statement when it ends with one (found `()`), rather
        /// than the whole block, whose first line is often just `do`.
        /// </summary>
        private static TextSpan ResultSpan(TExpr body) => body switch
        {
            TBlock { Result: { } last } => ResultSpan(last),
            TBlock { Statements: [.., var lastStatement] } => lastStatement.Span,
            _ => body.Span,
        };

        private void Require(MeshType type, Trait trait, TextSpan span, string what)
            => _obligations.Add(new Obligation(type, trait, Source, span, what));

        private TExpr Unsupported(string what, TextSpan span)
        {
            _checker.NotSupported(what, Source, span);
            return new TError(MeshType.Error, span);
        }

        // ---- expressions ----

        /// <summary>The expression being checked, innermost last: where a missing part is reported.</summary>
        private readonly Stack<TextSpan> _enclosing = new();

        private TExpr Infer(Expr? expr)
        {
            if (expr is null)
            {
                // The parser accepted a form with a part left out (e.g. `send(pid)`); say so here
                // rather than let a silent hole reach code generation.
                var span = _enclosing.Count > 0 ? _enclosing.Peek() : _info.Syntax.Span;
                _checker.Error(DiagnosticCode.ExpectedExpression, "an expression is missing here", Source, span, "incomplete");
                return new TError(MeshType.Error, span);
            }
            _enclosing.Push(expr.Span);
            try
            {
                return InferExpr(expr);
            }
            finally
            {
                _enclosing.Pop();
            }
        }

        /// <summary>
        /// A statement whose value is dropped. The arms of a <c>case</c> and the branches of an <c>if</c> there need
        /// not agree on a type (one arm may print while another runs a <c>for</c>); the expression's value is unit.
        /// </summary>
        private TExpr InferDiscarded(Expr expr)
        {
            if (expr is not (CaseExpr or IfExpr { Else: not null } or BlockExpr))
            {
                return Infer(expr);
            }
            _enclosing.Push(expr.Span);
            try
            {
                return expr switch
                {
                    CaseExpr caseExpr => InferCase(caseExpr, discarded: true),
                    IfExpr ifExpr => InferIf(ifExpr, discarded: true),
                    _ => InferBlock((BlockExpr)expr, discardTail: true),
                };
            }
            finally
            {
                _enclosing.Pop();
            }
        }

        /// <summary>A branch of a discarded <c>case</c>/<c>if</c>: its value is dropped, the branch is unit.</summary>
        private TExpr AsUnit(TExpr branch)
            => Types.Shallow(branch.Type) is TypeCon { Name: "()" }
                ? branch
                : new TBlock([new TExprStmt(branch, branch.Span)], null, MeshType.Unit, branch.Span);

        private TExpr InferExpr(Expr expr)
        {
            switch (expr)
            {
                case IntLiteralExpr i:
                    return new TIntLiteral(i.Value ?? 0, i.Span);
                case FloatLiteralExpr f:
                    return new TFloatLiteral(f.Value, f.Span);
                case BoolLiteralExpr b:
                    return new TBoolLiteral(b.Value, b.Span);
                case NilLiteralExpr n:
                    return new TUnitLiteral(n.Span);
                case StringExpr s:
                    return InferString(s);
                case NameExpr name:
                    return InferName(name);
                case ParenExpr paren:
                    return Infer(paren.Inner);
                case TupleExpr { Elements.Count: 1 } single:
                    return Infer(single.Elements[0]);
                case TupleExpr { Elements.Count: 0 } unit:
                    return new TUnitLiteral(unit.Span);
                case BlockExpr block:
                    return InferBlock(block);
                case IfExpr ifExpr:
                    return InferIf(ifExpr);
                case CaseExpr caseExpr:
                    return InferCase(caseExpr);
                case BinaryExpr binary:
                    return InferBinary(binary);
                case UnaryExpr unary:
                    return InferUnary(unary);
                case CallExpr call:
                    return InferCall(call, null);
                case ReturnExpr ret:
                    return InferReturn(ret);
                case SpawnExpr spawn:
                    return InferSpawn(spawn);
                case SendExpr send:
                    return InferSend(send);
                case SelfExpr self:
                    return InferSelf(self);
                case ReceiveExpr receive:
                    return InferReceive(receive);
                case AtomLiteralExpr atom:
                    return new TAtomLiteral(atom.Name, atom.Span);
                case TupleExpr tuple:
                    return InferTuple(tuple);
                case ListExpr list:
                    {
                        var element = Types.Fresh();
                        var elements = list.Elements.Select(Infer).ToImmutableArray();
                        foreach (var e in elements)
                        {
                            Unify(element, e.Type, e.Span, "this list element (all elements must have the same type)");
                        }
                        return new TList(elements, MeshType.List(element), list.Span);
                    }
                case MapExpr map:
                    return InferMapLiteral(map);
                case KeywordArgsExpr keywords:
                    return InferKeywordArgs(keywords);
                case ClosureExpr closure:
                    return InferClosure(closure);
                case ForExpr forExpr:
                    return InferFor(forExpr);
                case WhileExpr whileExpr:
                    return InferWhile(whileExpr);
                case BreakExpr or ContinueExpr:
                    return InferLoopJump(expr);
                case StructLiteralExpr literal:
                    return InferStructLiteral(literal);
                case StructUpdateExpr update:
                    return InferStructUpdate(update);
                case FieldAccessExpr access:
                    return InferFieldAccess(access);
                case IndexExpr index:
                    return InferIndex(index);
                case TryExpr tryExpr:
                    return InferTry(tryExpr);
                case LinkExpr link:
                    return CheckStdlibCall(StdlibCatalog.Find("Process", "link")!, [Infer(link.Target)], [], link.Span);
                default:
                    return Unsupported($"`{expr.GetType().Name}` expressions", expr.Span);
            }
        }

        private TExpr InferString(StringExpr s)
        {
            var parts = ImmutableArray.CreateBuilder<TExpr>();
            foreach (var part in s.Parts)
            {
                switch (part)
                {
                    case StringTextPart text:
                        parts.Add(new TStringLiteral(text.Text, text.Span));
                        break;
                    case StringInterpolationPart interpolation:
                        {
                            var value = Infer(interpolation.Expr);
                            Require(value.Type, Trait.Display, value.Span, "string interpolation");
                            parts.Add(value);
                            break;
                        }
                }
            }
            if (parts.Count == 0)
            {
                return new TStringLiteral("", s.Span);
            }
            if (parts.Count == 1 && parts[0] is TStringLiteral only)
            {
                return only with { Span = s.Span };
            }
            return new TInterpolation(parts.ToImmutable(), s.Span);
        }

        private TExpr InferName(NameExpr name)
        {
            var text = name.Name ?? "";
            if (Lookup(text) is { } local)
            {
                return LocalReference(local, name.Span);
            }
            if (_checker.LookupConstant(_info.Module.Name, text) is { } constant)
            {
                return InferConstant(constant, name.Span);
            }
            if (TryInferBareConstructor(text, name.Span, [], name.Span, call: false) is { } constructed)
            {
                return constructed;
            }
            if (_checker.ResolveFunction(_info.Module.Name, text) is { } function)
            {
                if (RejectSupervisor(function, name.Span))
                {
                    return new TError(MeshType.Error, name.Span);
                }
                return FunctionValue(function, name.Span);
            }
            if (_checker.TraitsWithMethod(text).Where(t => t.Methods[text].HasSelf).ToList() is [var trait])
            {
                return TraitMethodValue(trait, text, name.Span);
            }
            if (text is "println" or "print" or "panic")
            {
                // `List.each(lines, println)`: a closure of one String calling the built-in here (a
                // panic is reported where the value was written); `panic` returns whatever is needed.
                var message = NewLocal("$arg0", MeshType.String, name.Span);
                var (builtin, result) = text switch
                {
                    "println" => (Builtin.Println, MeshType.Unit),
                    "print" => (Builtin.Print, MeshType.Unit),
                    _ => (Builtin.Panic, Types.Fresh()),
                };
                var body = new TBuiltinCall(builtin, [new TLocalRef(message, name.Span)], result, name.Span);
                return new TClosure(_checker._nextClosureId++, [message], body, [], new FunType([MeshType.String], result), name.Span);
            }
            ReportUnknownName(text, name.Span);
            return new TError(MeshType.Error, name.Span);
        }

        private void ReportUnknownName(string text, TextSpan span)
        {
            if (_checker.IsFailedImport(_info.Module.Name, text))
            {
                return; // `from Utlis import helper`: the import line already says what is wrong
            }
            var candidates = _scopes.SelectMany(s => s.Keys)
                .Concat(_checker.VisibleFunctionNames(_info.Module.Name))
                .Concat(_checker.LexicalScopes(_info.Module.Name).SelectMany(m => _checker._constants.Keys.Where(k => k.Module == m).Select(k => k.Name)))
                .Concat(["println", "print", "panic"]);
            if (text.Length > 0 && char.IsUpper(text[0]))
            {
                // `Cirle(1.0)`: a misspelt variant.
                candidates = candidates.Concat(_checker.LookupConstructorNames(_info.Module.Name));
            }
            var suggestion = NameSuggestions.Closest(text, candidates);
            var hint = suggestion is not null ? $"did you mean `{suggestion}`?" : LowerCaseModuleHint(text, span);
            if (hint is null && StdlibModules.Where(m => Stdlib.StdlibCatalog.Find(m, text) is not null).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } modules)
            {
                // `xs |> length`: a library function, which is called through its module.
                hint = $"`{text}` is a function of {string.Join(", ", modules)}: call it with its module, e.g. `{modules[0]}.{text}(...)`, or import it with `from {modules[0]} import {text}`";
            }
            _checker.Error(DiagnosticCode.UnboundName, $"cannot find `{text}` in this scope", Source, span, "not found", hint);
        }

        /// <summary>
        /// Gleam's and Go's module names are lower case (<c>list.map</c>, <c>strings.Split</c>); Mesh's start with a
        /// capital letter. For a name followed by a dot, the module it most likely means.
        /// </summary>
        private string? LowerCaseModuleHint(string text, TextSpan span)
        {
            if (text.Length == 0 || !char.IsLower(text[0]) || span.End >= Source.Text.Length || Source.Text[span.End] != '.')
            {
                return null;
            }
            var capitalised = char.ToUpperInvariant(text[0]) + text[1..];
            var module = StdlibModules.Contains(capitalised) || _checker.ResolveQualifier(_info.Module.Name, capitalised) is not null
                ? $"`{capitalised}`"
                : text is "io" or "fmt" ? "`IO` (`println` and `print` need no module)" : NameSuggestions.ForeignModule(capitalised);
            return module is null ? null : $"module names start with a capital letter in Mesh; this is {module}";
        }

        private TExpr InferBlock(BlockExpr block, bool discardTail = false)
        {
            PushScope();
            var statements = ImmutableArray.CreateBuilder<TStmt>();
            TExpr? result = null;
            var items = block.Statements;
            for (var i = 0; i < items.Count; i++)
            {
                switch (items[i])
                {
                    case LetStmt let:
                        statements.Add(InferLet(let));
                        break;
                    case ItemStmt { Item: FnDef fn }:
                        if (InferNestedFunction(fn, i + 1 < items.Count && items[i + 1] is ItemStmt { Item: FnDef { Name: var next } } && next == fn.Name) is { } local)
                        {
                            statements.Add(local);
                        }
                        break;
                    case ItemStmt nested:
                        _checker.NotSupported("definitions inside blocks", Source, nested.Span);
                        break;
                    case ExprStmt e:
                        {
                            var last = i == items.Count - 1;
                            var value = last && !discardTail ? Infer(e.Expr) : InferDiscarded(e.Expr);
                            if (last)
                            {
                                result = value;
                            }
                            else
                            {
                                statements.Add(new TExprStmt(value, e.Span));
                            }
                            break;
                        }
                }
            }
            PopScope();
            return new TBlock(statements.ToImmutable(), result, result?.Type ?? MeshType.Unit, block.Span);
        }

        private TStmt InferLet(LetStmt let)
        {
            var valueFrame = new LetValueFrame(_scopes.Count, []);
            _letValues.Add(valueFrame);
            var value = Infer(let.Value);
            _letValues.RemoveAt(_letValues.Count - 1);
            if (let.Type is { } annotation)
            {
                var declared = _checker.ResolveTypeRef(annotation, _info.Module, _generics);
                Unify(declared, value.Type, value.Span, "this binding");
            }
            switch (let.Pattern)
            {
                case IdentPattern ident:
                    {
                        var local = NewLocal(ident.Name ?? "_", value.Type, ident.Span);
                        Generalise(local, value, valueFrame.Captures);
                        Declare(local);
                        return new TLet(local, value, let.Span);
                    }
                case WildcardPattern or null:
                    return new TExprStmt(value, let.Span);
                default:
                    {
                        var pattern = InferPattern(let.Pattern, value.Type);
                        if (let.Type is null)
                        {
                            GeneraliseElements(pattern, value, valueFrame.Captures);
                        }
                        return new TLetPattern(pattern, value, let.Span);
                    }
            }
        }

        /// <summary>
        /// <c>let (f, g) = (fn x -> x end, fn x -> [x] end)</c>: each name bound to an element of a
        /// tuple written out (at any depth) is generalised like a <c>let</c> of that element.
        /// <c>let (f, g) = pair</c> (or a struct pattern) over any other syntactic value, such as a
        /// polymorphic variable, generalises each name as a <c>let</c> of its part of the value: the
        /// pattern cannot fail and taking a part has no effect, so as in ML's value restriction the
        /// value is still a value.
        /// </summary>
        private void GeneraliseElements(TPattern pattern, TExpr value, List<LocalSymbol> captures)
        {
            if (pattern is TTuplePattern tuplePattern && value is TTuple tuple && tuple.Elements.Length == tuplePattern.Elements.Length)
            {
                for (var i = 0; i < tuple.Elements.Length; i++)
                {
                    if (tuplePattern.Elements[i] is TBindPattern bound)
                    {
                        Generalise(bound.Local, tuple.Elements[i], captures);
                    }
                    else
                    {
                        GeneraliseElements(tuplePattern.Elements[i], tuple.Elements[i], captures);
                    }
                }
                return;
            }
            if (pattern is TTuplePattern or TStructPattern or TAsPattern && PatternFacts.IsDestructuring(pattern))
            {
                // Generalise applies the value restriction (a call's parts keep one type, with a hint at their misuse).
                foreach (var (local, steps) in PatternFacts.Bindings(pattern, []))
                {
                    // The other names of the pattern stay in the environment: a name sharing a type
                    // variable with another (`as` over the whole value) keeps it, so no two
                    // polymorphic lets ever share a variable.
                    Generalise(local, steps.IsEmpty ? value : new TProjection(value, steps, local.Type, value.Span), captures);
                }
            }
        }

        private TExpr InferIf(IfExpr ifExpr, bool discarded = false)
        {
            var condition = Infer(ifExpr.Condition);
            Unify(MeshType.Bool, condition.Type, condition.Span, "an `if` condition");
            if (discarded && ifExpr is { Then: { } thenBlock, Else: { } elseBranch })
            {
                var thenUnit = AsUnit(InferDiscarded(thenBlock));
                return new TIf(condition, thenUnit, AsUnit(InferDiscarded(elseBranch)), MeshType.Unit, ifExpr.Span);
            }
            var then = Infer(ifExpr.Then);
            if (ifExpr.Else is null)
            {
                return new TIf(condition, then, null, MeshType.Unit, ifExpr.Span);
            }
            var otherwise = Infer(ifExpr.Else);
            Unify(then.Type, otherwise.Type, ResultSpan(otherwise), "the `else` branch (it must match the `if` branch)");
            return new TIf(condition, then, otherwise, then.Type, ifExpr.Span);
        }

        private TExpr InferCase(CaseExpr caseExpr, bool discarded = false)
        {
            var scrutinee = Infer(caseExpr.Scrutinee);
            if (caseExpr.Arms.Count == 0)
            {
                var firstLine = Source.GetPosition(caseExpr.Span.Start).Line;
                var lineEnd = Source.GetLineStart(firstLine) + Source.GetLineText(firstLine).Length;
                _checker.Error(DiagnosticCode.NonExhaustiveMatch, "this `case` has no arms, so it matches no value", Source,
                    TextSpan.FromBounds(caseExpr.Span.Start, Math.Max(caseExpr.Span.Start + 1, Math.Min(lineEnd, caseExpr.Span.End))),
                    "no arms", "add one arm per line: `pattern -> value`, and `_ -> value` for every other value");
                return new TError(MeshType.Error, caseExpr.Span);
            }
            var result = discarded ? MeshType.Unit : Types.Fresh();
            var outerHint = _optionPatternHint;
            _optionPatternHint = BareValueLookupHint(caseExpr.Scrutinee);
            var arms = InferArms(caseExpr.Arms, scrutinee.Type, result, discarded);
            _optionPatternHint = outerHint;
            _checker._matchChecks.Add(new MatchCheck(Source, caseExpr.Span, arms, scrutinee.Type, MustBeExhaustive: true));
            return new TCase(scrutinee, arms, result, caseExpr.Span);
        }

        /// <summary>
        /// Set while the arms of a <c>case</c> over a bare-value lookup are checked: <c>Some</c>/<c>None</c> patterns
        /// there come from Elixir's and Gleam's habit of lookups returning an option, so their mismatch says
        /// which call returns an option instead.
        /// </summary>
        private string? _optionPatternHint;

        /// <summary>Types whose constructor patterns already failed to match the subject of the arms being checked.</summary>
        private HashSet<string>? _mismatchedPatternTypes;

        private static string? BareValueLookupHint(Expr? scrutinee)
        {
            if (scrutinee is IndexExpr)
            {
                return "indexing gives the element itself (it panics when the index or key is missing); "
                    + "`Map.find(m, k)` returns an Option";
            }
            if (scrutinee is not CallExpr { Callee: FieldAccessExpr callee } || callee.TryGetPath() is not [var module, var function])
            {
                return null;
            }
            return (module, function) switch
            {
                ("Map", "get") => "`Map.get` returns the value itself (a missing key gives the type's zero value); "
                    + "`Map.find(m, k)` returns an Option",
                ("List", "get" or "head" or "last") => $"`List.{function}` returns the element itself (it panics on a missing element); "
                    + "match on the list instead (`[] -> …` and `x :: rest -> …`), or use `List.find`, which returns an Option",
                _ => null,
            };
        }

        private ImmutableArray<TArm> InferArms(IEnumerable<MatchArm> syntaxArms, MeshType subject, MeshType result, bool discarded = false)
        {
            var arms = ImmutableArray.CreateBuilder<TArm>();
            var first = true;
            HashSet<string> armMismatches = [];
            foreach (var arm in syntaxArms)
            {
                PushScope();
                var outerMismatches = _mismatchedPatternTypes;
                _mismatchedPatternTypes = armMismatches;
                var pattern = InferPattern(arm.Pattern, subject);
                _mismatchedPatternTypes = outerMismatches;
                TExpr? guard = null;
                if (arm.Guard is { } g)
                {
                    guard = InferGuard(g);
                }
                var body = discarded && arm.Body is { } armBody ? AsUnit(InferDiscarded(armBody)) : Infer(arm.Body);
                PopScope();
                Unify(result, body.Type, ResultSpan(body), first ? null : "this arm (all arms must have the same type)");
                first = false;
                arms.Add(new TArm(pattern, guard, body, arm.Span));
            }
            return arms.ToImmutable();
        }

        /// <summary>
        /// <c>[a, h | t]</c> is Elixir's head-and-tail pattern, but in Mesh <c>|</c> separates alternatives. An or-pattern
        /// of a name after other elements almost always means the former: say how Mesh writes it, and bind the names
        /// as the user meant them (elements, then the rest as a list) so nothing else is reported.
        /// </summary>
        private TPattern ElixirTailPattern(ListPattern list, OrPattern bar, MeshType element, MeshType subject)
        {
            var heads = list.Elements.Take(list.Elements.Count - 1).Append(bar.Alternatives[0]).ToList();
            foreach (var head in heads)
            {
                InferPattern(head, element);
            }
            InferPattern(bar.Alternatives[1], subject);
            var written = string.Join(" :: ", heads.Select(h => h.Syntax.TextTrimmed()).Append(bar.Alternatives[1].Syntax.TextTrimmed()));
            _checker.Error(DiagnosticCode.ExpectedPattern, "`|` inside a list pattern separates alternatives in Mesh, not the head from the tail",
                Source, bar.Span, "an or-pattern", $"match the first items and the rest of the list with `::`: `{written}`");
            return new TErrorPattern(subject, list.Span);
        }

        private TPattern InferPattern(Pattern? pattern, MeshType subject)
        {
            switch (pattern)
            {
                case null:
                    return new TWildcardPattern(subject, default);
                case WildcardPattern w:
                    return new TWildcardPattern(subject, w.Span);
                case ParenPattern paren:
                    return InferPattern(paren.Inner, subject);
                case IdentPattern ident when ident.Name is { Length: > 0 } name && char.IsUpper(name[0]):
                    return InferConstructorPattern(null, name, ident.Span, [], subject, ident.Span);
                case IdentPattern ident:
                    return BindName(ident.Name ?? "_", subject, ident.Span);
                case ConstructorPattern ctor:
                    return InferConstructorPattern(ctor.Qualifier, ctor.Name ?? "", ctor.NameToken?.Span ?? ctor.Span, ctor.Args, subject, ctor.Span);
                case TuplePattern tuple:
                    {
                        var elementTypes = tuple.Elements.Select(_ => (MeshType)Types.Fresh()).ToImmutableArray();
                        if (!Unify(subject, MeshType.Tuple(elementTypes), tuple.Span, "this tuple pattern"))
                        {
                            // Still bind the names inside, so their uses are not reported too.
                            foreach (var element in tuple.Elements)
                            {
                                InferPattern(element, MeshType.Error);
                            }
                            return new TErrorPattern(subject, tuple.Span);
                        }
                        var elements = tuple.Elements.Select((p, i) => InferPattern(p, elementTypes[i])).ToImmutableArray();
                        return new TTuplePattern(elements, subject, tuple.Span);
                    }
                case OrPattern or:
                    return InferOrPattern(or, subject);
                case StructPattern structPattern:
                    return InferStructPattern(structPattern, subject);
                case ConsPattern cons:
                    {
                        var element = Types.Fresh();
                        Unify(subject, MeshType.List(element), cons.Span, "this `::` pattern (it matches lists)");
                        if (Types.Shallow(subject) is not (TypeVar or TypeCon { Name: "List" }))
                        {
                            Unify(subject, MeshType.List(element), cons.Span, "this `::` pattern (it matches lists)");
                            return new TErrorPattern(subject, cons.Span);
                        }
                        var head = InferPattern(cons.Head, element);
                        var tail = InferPattern(cons.Tail, MeshType.List(element));
                        return new TConsPattern(head, tail, subject, cons.Span);
                    }
                case ListPattern list:
                    {
                        var element = Types.Fresh();
                        if (!Unify(subject, MeshType.List(element), list.Span, "this list pattern (it matches lists)"))
                        {
                            foreach (var item in list.Elements)
                            {
                                InferPattern(item, MeshType.Error);
                            }
                            return new TErrorPattern(subject, list.Span);
                        }
                        if (list.Elements is [.., OrPattern { Alternatives: [_, var tail] } bar]
                            && (tail is WildcardPattern || tail is IdentPattern { Name: [var first, ..] } && (char.IsLower(first) || first == '_')))
                        {
                            return ElixirTailPattern(list, bar, element, subject);
                        }
                        var items = list.Elements.Select(p => InferPattern(p, element)).ToImmutableArray();
                        return new TListPattern(items, subject, list.Span);
                    }
                case AsPattern asPattern:
                    {
                        var inner = InferPattern(asPattern.Pattern, subject);
                        var bound = BindName(asPattern.Name ?? "_", subject, asPattern.NameToken?.Span ?? asPattern.Span);
                        return bound is TBindPattern b ? new TAsPattern(inner, b.Local, asPattern.Span) : inner;
                    }
                case LiteralPattern lit:
                    {
                        var value = LiteralPatternValue(lit);
                        if (value is null || !Unify(subject, value.Type, lit.Span, "this pattern (it must match the value being matched)"))
                        {
                            return new TErrorPattern(subject, lit.Span);
                        }
                        return new TLiteralPattern(value, lit.Span);
                    }
                default:
                    _checker.NotSupported("patterns of this kind", Source, pattern.Span);
                    return new TErrorPattern(subject, pattern.Span);
            }
        }

        private TExpr? LiteralPatternValue(LiteralPattern lit)
        {
            var negative = lit.IsNegative;
            switch (lit.Literal)
            {
                case IntLiteralExpr i:
                    return new TIntLiteral(negative ? -(i.Value ?? 0) : i.Value ?? 0, lit.Span);
                case FloatLiteralExpr f:
                    return new TFloatLiteral(negative ? -f.Value : f.Value, lit.Span);
                case BoolLiteralExpr b:
                    return new TBoolLiteral(b.Value, lit.Span);
                case NilLiteralExpr:
                    return new TUnitLiteral(lit.Span);
                case AtomLiteralExpr atom:
                    return new TAtomLiteral(atom.Name, lit.Span);
                case StringExpr s when s.Parts.All(p => p is StringTextPart):
                    return new TStringLiteral(string.Concat(s.Parts.OfType<StringTextPart>().Select(p => p.Text)), lit.Span);
                case StringExpr s:
                    _checker.Error(DiagnosticCode.TypeMismatch, "a string pattern cannot contain interpolation", Source, s.Span,
                        hint: "bind the value to a name and compare it in a `when` guard");
                    return null;
                default:
                    _checker.NotSupported("literal patterns of this kind", Source, lit.Span);
                    return null;
            }
        }

        private TExpr InferBinary(BinaryExpr binary)
        {
            if (binary.Op == BinaryOp.Pipe)
            {
                return InferPipe(binary);
            }
            var left = Infer(binary.Lhs);
            var right = Infer(binary.Rhs);
            var opText = binary.OpToken?.Text ?? binary.Op.ToString();
            var opSpan = binary.OpToken?.Span ?? binary.Span;
            switch (binary.Op)
            {
                case BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.Div or BinaryOp.Mod:
                    {
                        var (op, trait) = binary.Op switch
                        {
                            BinaryOp.Add => (TBinaryOp.Add, Trait.Add),
                            BinaryOp.Sub => (TBinaryOp.Sub, Trait.Sub),
                            BinaryOp.Mul => (TBinaryOp.Mul, Trait.Mul),
                            BinaryOp.Div => (TBinaryOp.Div, Trait.Div),
                            _ => (TBinaryOp.Rem, Trait.Mod),
                        };
                        if (Types.Shallow(left.Type) is TypeCon { Name: "String" or "Option" or "Result" or "List" or "Map" or "Set" or "Bool" or "Atom" or "()" or MeshType.TupleName } leftType
                            && _checker.FindImpl(trait, leftType, [], lenient: true) is null)
                        {
                            // The operator is the mistake (`"n: " + n`, `find(xs) + 1`), not the right side's type: one error.
                            ReportArithmeticOn(leftType, opText, opSpan, right);
                            return new TError(MeshType.Error, binary.Span);
                        }
                        Unify(left.Type, right.Type, right.Span, $"the right side of `{opText}`",
                            hint: binary.Op == BinaryOp.Add && Types.Shallow(right.Type) is TypeCon { Name: "String" } ? "use `<>` to join strings" : null);
                        Require(left.Type, trait, opSpan, $"`{opText}`");
                        return new TBinary(op, left, right, left.Type, OperatorOutput(trait, left.Type, opSpan), binary.Span);
                    }
                case BinaryOp.Eq or BinaryOp.NotEq:
                    Unify(left.Type, right.Type, right.Span, $"the right side of `{opText}`");
                    Require(left.Type, Trait.Eq, opSpan, $"`{opText}`");
                    return new TBinary(binary.Op == BinaryOp.Eq ? TBinaryOp.Eq : TBinaryOp.NotEq, left, right, left.Type, MeshType.Bool, binary.Span);
                case BinaryOp.Lt or BinaryOp.LtEq or BinaryOp.Gt or BinaryOp.GtEq:
                    Unify(left.Type, right.Type, right.Span, $"the right side of `{opText}`");
                    Require(left.Type, Trait.Ord, opSpan, $"`{opText}`");
                    return new TBinary(binary.Op switch
                    {
                        BinaryOp.Lt => TBinaryOp.Lt,
                        BinaryOp.LtEq => TBinaryOp.LtEq,
                        BinaryOp.Gt => TBinaryOp.Gt,
                        _ => TBinaryOp.GtEq,
                    }, left, right, left.Type, MeshType.Bool, binary.Span);
                case BinaryOp.And or BinaryOp.Or:
                    Unify(MeshType.Bool, left.Type, left.Span, $"the left side of `{opText}`");
                    Unify(MeshType.Bool, right.Type, right.Span, $"the right side of `{opText}`");
                    return new TBinary(binary.Op == BinaryOp.And ? TBinaryOp.And : TBinaryOp.Or, left, right, MeshType.Bool, MeshType.Bool, binary.Span);
                case BinaryOp.Range:
                    return MakeRange(left, right, binary.Span);
                case BinaryOp.Cons:
                    {
                        var list = MeshType.List(left.Type);
                        Unify(list, right.Type, right.Span, "the right side of `::` (a list of the left side's type)");
                        return new TStdlibCall(StdlibCatalog.Find("List", "cons")!, [left, right], list, binary.Span);
                    }
                case BinaryOp.Concat or BinaryOp.ListConcat:
                    Unify(left.Type, right.Type, right.Span, $"the right side of `{opText}` (both sides must have the same type)");
                    Require(left.Type, Trait.Concat, opSpan, $"`{opText}`");
                    return new TBinary(TBinaryOp.Concat, left, right, left.Type, left.Type, binary.Span);
                default:
                    return Unsupported($"the `{opText}` operator", binary.Span);
            }
        }

        private void ReportArithmeticOn(TypeCon leftType, string opText, TextSpan opSpan, TExpr right)
        {
            var typeName = TypeFormatter.Format(Types.Resolve(leftType));
            var rightType = Types.Shallow(right.Type);
            var hint = leftType.Name switch
            {
                "String" when opText != "+" => "String has no arithmetic; convert it first, e.g. `String.to_int(s)` (an Option<Int>)",
                "String" when rightType is TypeCon { Name: "String" } or TypeVar or TypeCon { Name: MeshType.ErrorName } => "use `<>` to join strings",
                "String" => $"use `<>` to join strings, and interpolation to turn the {TypeFormatter.Format(Types.Resolve(rightType))} into one: \"...${{value}}\"",
                "Option" or "Result" => $"take the value out of the {leftType.Name} first, with `case` (`Some(n) -> n + 1`) or `?`",
                "List" when opText == "+" => "use `++` to join lists",
                "()" => "`()` is the value of an `if` without `else` and of a function that returns nothing",
                _ => null,
            };
            _checker.Error(DiagnosticCode.TraitNotSatisfied, $"`{opText}` is not defined for {typeName}", Source, opSpan, $"this is {Article(typeName)}", hint);
        }

        /// <summary><c>x |> f(a)</c> is <c>f(x, a)</c>; <c>x |> f</c> is <c>f(x)</c>.</summary>
        private TExpr InferPipe(BinaryExpr pipe)
        {
            switch (pipe.Rhs)
            {
                case CallExpr call:
                    return InferCall(call, pipe.Lhs);
                case NameExpr name:
                    return InferNamedCall(name, [pipe.Lhs!], pipe.Span);
                case FieldAccessExpr { Target: NameExpr { Name: { } qualifier }, FieldName: { } field } access when Lookup(qualifier) is null:
                    if (_checker.ResolveQualifier(_info.Module.Name, qualifier) is { } module && !RuntimePartOf(module, field))
                    {
                        return InferQualifiedCall(module, field, access, [pipe.Lhs!], pipe.Span);
                    }
                    if (StdlibModules.Contains(qualifier))
                    {
                        return InferStdlibCall(qualifier, access, [pipe.Lhs!], pipe.Span);
                    }
                    return InferCallValue(Infer(access), [pipe.Lhs!], pipe.Span); // `2.0 |> Shape.Circle`
                case FieldAccessExpr { Target: FieldAccessExpr path, FieldName: { } field } access
                    when path.TryGetPath() is { } segments && Lookup(segments[0]) is null
                        && _checker.ResolveModulePath(_info.Module.Name, string.Join('.', segments), out var hidden) is var pathModule && (pathModule ?? hidden) is not null:
                    // `x |> Shapes.Geometry.area`
                    return pathModule is not null ? InferQualifiedCall(pathModule, field, access, [pipe.Lhs!], pipe.Span) : PrivateModuleCall(hidden!, path, [pipe.Lhs!], pipe.Span);
                case BinaryExpr { OpToken: { } op } binary when binary.Op != BinaryOp.Pipe:
                    {
                        // `xs |> List.map(f) == ys` is `xs |> (List.map(f) == ys)`: no operator gives a function,
                        // so say what the precedence did instead of reporting the arity of `List.map(f)`.
                        var text = op.Text;
                        _checker.Error(DiagnosticCode.NotAFunction, $"cannot pipe into the result of `{text}`: `|>` binds looser than `{text}`", Source, binary.Span,
                            $"this whole `{text}` expression is the right side of the pipe",
                            $"put the pipe in parentheses: `(x |> f(a)) {text} y`");
                        Infer(pipe.Lhs!);
                        return new TError(Types.Fresh(), pipe.Span);
                    }
                case { } callee:
                    // Any other function value: `x |> handler.run`, `x |> (fn y -> y + 1 end)`.
                    return InferCallValue(Infer(callee), [pipe.Lhs!], pipe.Span);
                default:
                    return Unsupported("piping into this kind of expression", pipe.Span);
            }
        }

        private TExpr InferUnary(UnaryExpr unary)
        {
            var operand = Infer(unary.Operand);
            if (unary.Op == UnaryOp.Not)
            {
                // `not` on a type of the program's own with `impl Not`; otherwise a Bool.
                if (Types.Shallow(operand.Type) is TypeCon { Name: not "Bool" } con && _checker.FindImpl(Trait.Not, con, default, lenient: true) is not null)
                {
                    return new TUnary(TUnaryOp.Not, operand, OperatorOutput(Trait.Not, operand.Type, unary.Span), unary.Span);
                }
                Unify(MeshType.Bool, operand.Type, operand.Span, "`not`");
                return new TUnary(TUnaryOp.Not, operand, MeshType.Bool, unary.Span);
            }
            Require(operand.Type, Trait.Neg, unary.Span, "unary `-`");
            return new TUnary(TUnaryOp.Neg, operand, OperatorOutput(Trait.Neg, operand.Type, unary.Span), unary.Span);
        }

        private TExpr InferCall(CallExpr call, Expr? pipedFirst)
        {
            if (CalledService(call.Callee, out var serviceFunction, out var functionSpan) is { } service)
            {
                return InferServiceCall(service, serviceFunction, functionSpan, call, pipedFirst);
            }
            var args = new List<Expr>();
            if (pipedFirst is not null)
            {
                args.Add(pipedFirst);
            }
            var keywords = new List<Arg>();
            var misplaced = false;
            foreach (var arg in call.Args)
            {
                if (arg.Name is not null)
                {
                    keywords.Add(arg);
                }
                else if (keywords.Count > 0)
                {
                    PositionalAfterKeyword(arg, keywords[0]);
                    misplaced = true;
                }
                else if (arg.Value is { } value)
                {
                    args.Add(value);
                }
            }
            if (misplaced)
            {
                // Which parameter each argument was meant for is unclear: check them, not the call.
                foreach (var value in args.Concat(keywords.Select(k => k.Value)))
                {
                    Infer(value);
                }
                return new TError(MeshType.Error, call.Span);
            }
            if (keywords.Count > 0)
            {
                // Trailing `name: value` arguments are one Map<String, V> argument.
                args.Add(new KeywordArgsExpr(keywords));
            }
            // `f(a) do |x| ... end` passes the block as the last argument.
            if (call.TrailingClosure is { } trailing)
            {
                args.Add(trailing);
            }
            return call.Callee switch
            {
                NameExpr name => InferNamedCall(name, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } qualifier }, FieldName: { } field } access
                    when _checker.ResolveQualifier(_info.Module.Name, qualifier) is { } module && !RuntimePartOf(module, field) && !IsVariantOf(qualifier, field)
                    => InferQualifiedCall(module, field, access, args, call.Span),
                FieldAccessExpr { Target: FieldAccessExpr path, FieldName: { } field } access
                    when path.TryGetPath() is { } segments && Lookup(segments[0]) is null
                        && _checker.ResolveModulePath(_info.Module.Name, string.Join('.', segments), out var hidden) is var module && (module ?? hidden) is not null
                    => module is not null ? InferQualifiedCall(module, field, access, args, call.Span) : PrivateModuleCall(hidden!, path, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } supervisorName }, FieldName: { } operation } access
                    when Lookup(supervisorName) is null && _checker.ResolveFunction(_info.Module.Name, supervisorName) is { Symbol.Kind: FunctionKind.Supervisor } supervisor
                    => InferSupervisorCall(supervisor, operation, access, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } qualifier } } access
                    when StdlibModules.Contains(qualifier) && Lookup(qualifier) is null && !IsOwnTypeCall(qualifier, access.FieldName)
                    => InferStdlibCall(qualifier, access, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } typeName }, FieldName: { } function } access
                    when function.StartsWith("__", StringComparison.Ordinal) && Lookup(typeName) is null
                        && _checker.LookupType(_info.Module.Name, typeName) is { Schema: not null } schemaType
                    => _checker.SchemaCall(schemaType, function, args.Count, Source, access.FieldToken?.Span ?? access.Span, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } typeName }, FieldName: { } methodName } access
                    when Lookup(typeName) is null && _checker.LookupType(_info.Module.Name, typeName) is { } def
                        && !def.Variants.Any(v => v.Name == methodName) && _checker.TraitsWithMethod(methodName).Count > 0
                    => InferStaticTraitCall(def.Apply([.. def.TypeParams.Select(_ => (MeshType)Types.Fresh())]), methodName, access, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } typeName }, FieldName: { } variantName } access
                    when Lookup(typeName) is null && _checker.LookupType(_info.Module.Name, typeName) is { Kind: TypeDefinitionKind.Sum } sum
                    => InferConstructor(sum, variantName, access.FieldToken?.Span ?? access.Span, args, call.Span, call: true),
                FieldAccessExpr { Target: NameExpr { Name: { } traitName }, FieldName: { } methodName } access
                    when Lookup(traitName) is null && _checker.LookupTrait(_info.Module.Name, traitName) is { } trait
                    => InferTraitQualifiedCall(trait, methodName, access, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } primitive }, FieldName: { } methodName } access
                    when Lookup(primitive) is null && PrimitiveType(primitive) is { } type && _checker.TraitsWithMethod(methodName).Count > 0
                    => InferStaticTraitCall(type, methodName, access, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } constructor } receiver, FieldName: { } method } access
                    when Lookup(constructor) is null && _checker.LookupConstructors(_info.Module.Name, constructor).Count > 0
                    => InferMethodCall(Infer(receiver), method, access.FieldToken?.Span ?? access.Span, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { } typeParam }, FieldName: { } methodName } access
                    when Lookup(typeParam) is null && _generics.TryGetValue(typeParam, out var paramType) && _checker.TraitsWithMethod(methodName).Count > 0
                    => InferStaticTraitCall(paramType, methodName, access, args, call.Span),
                FieldAccessExpr { Target: NameExpr { Name: { Length: > 0 } qualifier } } access when char.IsUpper(qualifier[0]) => UnknownQualifier(qualifier, access),
                FieldAccessExpr { Target: { } receiver, FieldName: { } method } access
                    => InferMethodCall(Infer(receiver), method, access.FieldToken?.Span ?? access.Span, args, call.Span),
                { } other => InferCallValue(Infer(other), args, call.Span),
                _ => Unsupported("calls of this kind of expression", call.Span),
            };
        }

        /// <summary><c>Option.Some</c>: the library module <c>Option</c> shares its name with the type; variants stay the type's.</summary>
        private bool IsVariantOf(string typeName, string member)
            => char.IsUpper(member[0]) && Lookup(typeName) is null
                && _checker.LookupType(_info.Module.Name, typeName) is { Kind: TypeDefinitionKind.Sum } sum && sum.Variants.Any(v => v.Name == member);

        /// <summary>True for <c>List.map</c>: a library module's name whose function lives in the runtime part of the module.</summary>
        private bool RuntimePartOf(string module, string function)
            => StdlibCatalog.HasModule(module) && !_checker._byName.ContainsKey((module, function));

        private TExpr PrivateModuleCall(string hidden, Expr path, IReadOnlyList<Expr> args, TextSpan span)
        {
            _checker.ReportPrivateModule(hidden, Source, path.Span);
            foreach (var arg in args)
            {
                Infer(arg);
            }
            return new TError(MeshType.Error, span);
        }

        /// <summary>
        /// <c>Node.from_json(text)</c> with the program's own type <c>Node</c>: a type of the program
        /// whose name is also a standard-library module wins unless that module has the function.
        /// </summary>
        private bool IsOwnTypeCall(string qualifier, string? name)
            => name is not null && StdlibCatalog.Find(qualifier, name) is null
                && _checker.LookupType(_info.Module.Name, qualifier) is { Module.Length: > 0 };

        private TExpr InferQualifiedCall(string module, string name, FieldAccessExpr access, IReadOnlyList<Expr> argSyntax, TextSpan span, string? displayName = null)
        {
            if (!_checker._byName.TryGetValue((module, name), out var target))
            {
                if (access.Target is NameExpr { Name: { } qualifier } && _checker.ModuleQualifiedVariant(_info.Module.Name, qualifier, name) is { } owner)
                {
                    return InferConstructor(owner, name, access.FieldToken?.Span ?? access.Span, argSyntax, span, call: true);
                }
                var suggestion = NameSuggestions.Closest(name, _checker._byName.Keys.Where(k => k.Module == module).Select(k => k.Name));
                _checker.Error(DiagnosticCode.UnboundName, $"module `{module}` has no function `{name}`", Source, access.FieldToken?.Span ?? access.Span, "not found",
                    suggestion is null ? null : $"did you mean `{suggestion}`?");
                foreach (var arg in argSyntax)
                {
                    Infer(arg);
                }
                return new TError(MeshType.Error, span);
            }
            _checker.CheckVisible(_info.Module, target, access.FieldToken?.Span ?? access.Span);
            if (RejectSupervisor(target, access.FieldToken?.Span ?? access.Span))
            {
                foreach (var arg in argSyntax)
                {
                    Infer(arg);
                }
                return new TError(MeshType.Error, span);
            }
            var (paramTypes, returnType, typeArgs) = Instantiate(target, span);
            ShareMailbox(target, typeArgs, span);
            var args = CheckArgs(displayName ?? $"{module}.{name}", paramTypes, argSyntax, span);
            return new TCall(target.Symbol, typeArgs, args, returnType, span);
        }

        private TExpr InferStdlibCall(string module, FieldAccessExpr access, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var name = access.FieldName ?? "";
            if (_checker.IterCollectorFor(_info.Module.Name, module, name) is { } collector)
            {
                return InferQualifiedCall("Iter", collector, access, argSyntax, span, displayName: $"{module}.{name}");
            }
            if (StdlibCatalog.Find(module, name) is not { } function)
            {
                if (PrimitiveType(module) is { } primitive && _checker.TraitsWithMethod(name).Count > 0)
                {
                    return InferStaticTraitCall(primitive, name, access, argSyntax, span);
                }
                if (!StdlibCatalog.HasModule(module))
                {
                    return Unsupported($"the `{module}` standard library module's functions", access.Span);
                }
                var suggestion = NameSuggestions.Closest(name, _checker.StdlibFunctionNames(module));
                _checker.Error(DiagnosticCode.UnboundName, $"`{module}` has no function `{name}`", Source, access.FieldToken?.Span ?? access.Span, "not found",
                    suggestion is null ? null : $"did you mean `{module}.{suggestion}`?");
                foreach (var arg in argSyntax)
                {
                    Infer(arg);
                }
                return new TError(MeshType.Error, span);
            }
            if (function.Symbol == "@supervisor_child")
            {
                return InferSupervisorChild(function, argSyntax, span);
            }
            return CheckStdlibCall(function, [], argSyntax, span);
        }

        /// <summary>Checks a stdlib call whose first arguments may already be checked (a method's receiver).</summary>
        private TExpr CheckStdlibCall(StdlibFunction function, ImmutableArray<TExpr> checkedArgs, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            if (function.Module == "Tuple")
            {
                return CheckTupleCall(function, checkedArgs, argSyntax, span);
            }
            var fresh = Enumerable.Range(0, function.TypeParamCount).Select(_ => (MeshType)Types.Fresh()).ToArray();
            foreach (var bound in function.Bounds)
            {
                Require(fresh[bound.ParamIndex], bound.Trait, span, bound.Trait == Trait.Supervisor ? $"`{function.QualifiedName}` takes {bound.Trait.Description}"
                    : bound.Trait == Trait.Number
                    ? $"`{function.QualifiedName}`, which takes {bound.Trait.Description},"
                    : $"{bound.Trait.Description} of the {(function.Module == "Set" ? "items" : "keys")} of `{function.QualifiedName}`");
            }
            var type = (FunType)Substitution.Instantiate(function.Type, fresh);
            // List.sort's comparator may return an Int (upstream) or an Ordering (what `compare` gives): its result
            // type stays open while the closure is checked and is settled below.
            var sortOrder = function.Symbol == "@list_sort" ? Types.Fresh() : null;
            if (sortOrder is not null && type.Params[1] is FunType comparator)
            {
                type = type with { Params = [type.Params[0], comparator with { Return = sortOrder }] };
            }
            if (checkedArgs.Length > type.Params.Length)
            {
                // a method call on a function without parameters: `xs.new()`
                _checker.Error(DiagnosticCode.ArityMismatch,
                    ArityMessage($"`{function.QualifiedName}`", type.Params.Length, "argument", checkedArgs.Length + argSyntax.Count),
                    Source, span, hint: "a method call passes its receiver as the first argument");
                foreach (var arg in argSyntax)
                {
                    Infer(arg);
                }
                return new TError(type.Return, span);
            }
            for (var i = 0; i < checkedArgs.Length && i < type.Params.Length; i++)
            {
                Unify(type.Params[i], checkedArgs[i].Type, checkedArgs[i].Span, $"argument {i + 1} of `{function.QualifiedName}`");
            }
            var rest = CheckArgs(function.QualifiedName, type.Params.Skip(checkedArgs.Length).ToImmutableArray(), argSyntax, span, firstArgNumber: checkedArgs.Length + 1);
            var args = checkedArgs.AddRange(rest);
            if (function.Symbol == "@json_encode" && type.Params.Length == 1)
            {
                Require(type.Params[0], Trait.Json, args.Length == 1 ? args[0].Span : span, $"`{function.QualifiedName}`");
            }
            if (args.Length != type.Params.Length)
            {
                return new TError(type.Return, span);
            }
            if (function.Module == "Job")
            {
                CheckJobCall(function, args);
            }
            if (sortOrder is not null)
            {
                if (Types.Shallow(sortOrder) is TypeCon { Name: "Ordering" })
                {
                    function = SortByOrdering;
                }
                else
                {
                    Unify(MeshType.Int, sortOrder, args[1].Span, "the result of `List.sort`'s comparator (an Int, negative when the first argument goes first, or an Ordering)");
                }
            }
            return new TStdlibCall(function, args, type.Return, span);
        }

        /// <summary><c>List.sort</c> with a comparator returning <c>Ordering</c>: the same merge sort, reading the variant.</summary>
        private static readonly StdlibFunction SortByOrdering = new("List", "sort", "(List<a>, Fun(a, a) -> Ordering) -> List<a>", "@list_sort_ordering");

        private TExpr UnknownQualifier(string qualifier, FieldAccessExpr access)
        {
            if (_checker.IsFailedImport(_info.Module.Name, qualifier))
            {
                return new TError(MeshType.Error, access.Span); // `import Utlis` was reported; `Utlis.f()` is not a second mistake
            }
            if (StdlibModules.Contains(qualifier))
            {
                return Unsupported($"the `{qualifier}` standard library module's functions", access.Span);
            }
            var suggestion = NameSuggestions.Closest(qualifier, _checker._scopes.TryGetValue(_info.Module.Name, out var scope) ? scope.Qualifiers.Keys : []);
            var hint = suggestion is not null ? $"did you mean `{suggestion}`?"
                : NameSuggestions.ForeignModule(qualifier) is { } mesh ? $"Mesh has no `{qualifier}` module; what it does is in {mesh}"
                : $"add `import {qualifier}` at the top of the file if a module of that name exists";
            _checker.Error(DiagnosticCode.ModuleNotFound, $"`{qualifier}` is not an imported module", Source, access.Target!.Span, "unknown module", hint);
            return new TError(MeshType.Error, access.Span);
        }

        private TExpr InferNamedCall(NameExpr callee, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var name = callee.Name ?? "";
            if (Lookup(name) is { } local)
            {
                return InferCallValue(LocalReference(local, callee.Span), argSyntax, span);
            }
            if (_checker.LookupConstant(_info.Module.Name, name) is { } constant)
            {
                return InferCallValue(InferConstant(constant, callee.Span), argSyntax, span);
            }
            if (_checker.ResolveFunction(_info.Module.Name, name) is { } target)
            {
                if (RejectSupervisor(target, callee.Span))
                {
                    foreach (var arg in argSyntax)
                    {
                        Infer(arg);
                    }
                    return new TError(MeshType.Error, span);
                }
                var (paramTypes, returnType, typeArgs) = Instantiate(target, span);
                ShareMailbox(target, typeArgs, span);
                var args = CheckArgs(name, paramTypes, argSyntax, span);
                return new TCall(target.Symbol, typeArgs, args, returnType, span);
            }
            if (name is "println" or "print")
            {
                var args = CheckArgs(name, [MeshType.String], argSyntax, span,
                    hint: "use string interpolation to print other values: println(\"${value}\")");
                return new TBuiltinCall(name == "println" ? Builtin.Println : Builtin.Print, args, MeshType.Unit, span);
            }
            if (name == "panic")
            {
                // It never returns, so its type is whatever the context needs.
                var args = CheckArgs(name, [MeshType.String], argSyntax, span,
                    hint: "the message is a String: panic(\"bad input: ${value}\")");
                return new TBuiltinCall(Builtin.Panic, args, Types.Fresh(), span);
            }
            if (TryInferBareConstructor(name, callee.Span, argSyntax, span, call: true) is { } constructed)
            {
                return constructed;
            }
            if ((_checker.ImportedStdlibFunction(_info.Module.Name, name) ?? StdlibCatalog.FindFlatAlias(name)) is { } alias)
            {
                return CheckStdlibCall(alias, [], argSyntax, span);
            }
            if (_checker.TraitsWithMethod(name).Where(t => !t.Methods[name].HasSelf).ToList() is [var staticTrait])
            {
                // `default()`: an interface method without self, its Self type from the context.
                return TraitCall(staticTrait, name, null, argSyntax, span);
            }
            if (argSyntax.Count > 0 && _checker.TraitsWithMethod(name).Any(t => t.Methods[name].HasSelf))
            {
                // `describe(p)` is `p.describe()` for an interface method.
                return InferMethodCall(Infer(argSyntax[0]), name, callee.Span, argSyntax.Skip(1).ToList(), span);
            }
            ReportUnknownName(name, callee.Span);
            foreach (var arg in argSyntax)
            {
                Infer(arg);
            }
            return new TError(MeshType.Error, span);
        }

        /// <summary>The callee's parameter and result types at this use, with fresh type arguments.</summary>
        private (ImmutableArray<MeshType> Params, MeshType Return, ImmutableArray<MeshType> TypeArgs) Instantiate(FunctionInfo target, TextSpan span)
        {
            if (target.InProgress)
            {
                // Inside its own recursive group a function is monomorphic.
                return (target.MonoType!.Params, target.MonoType.Return, default);
            }
            var scheme = target.Symbol.Scheme;
            var fresh = scheme.Params.Select(_ => (MeshType)Types.Fresh()).ToImmutableArray();
            foreach (var bound in scheme.Bounds)
            {
                Require(fresh[bound.ParamIndex], bound.Trait, span,
                    bound.Trait.Module.Length > 0 ? $"calling `{target.Symbol.Name}`" : $"calling `{target.Symbol.Name}` ({bound.Trait.Description})");
            }
            foreach (var projection in scheme.Projections)
            {
                // `I.Item` of the callee is the Item of whatever type this call gives for I.
                var associated = _checker.Project(projection.Trait, fresh[projection.SelfParam],
                    [.. projection.TraitArgs.Select(a => Substitution.Instantiate(a, fresh))], projection.Name, Source, span);
                Unify(associated, Substitution.Instantiate(projection.Result, fresh), span,
                    $"`{projection.Name}` of the `{projection.Trait.Name}` given to `{target.Symbol.Name}`");
            }
            var type = (FunType)Substitution.Instantiate(scheme.Body, fresh);
            return (type.Params, type.Return, fresh);
        }

        private MeshType InstantiateMailbox(FunctionInfo target, ImmutableArray<MeshType> typeArgs)
        {
            var mailbox = target.Symbol.MailboxType ?? Types.Fresh();
            return typeArgs.IsDefault ? mailbox : Substitution.Instantiate(mailbox, typeArgs);
        }

        /// <summary>
        /// Checks arguments left to right, unifying each with its parameter before the next, so a
        /// closure argument sees the types earlier arguments fixed (<c>List.map(books, fn b -> b.pages end)</c>).
        /// </summary>
        private ImmutableArray<TExpr> CheckArgs(string name, ImmutableArray<MeshType> paramTypes, IReadOnlyList<Expr> argSyntax, TextSpan span, string? hint = null, int firstArgNumber = 1)
        {
            if (argSyntax.Count != paramTypes.Length)
            {
                var total = paramTypes.Length + firstArgNumber - 1;
                var given = argSyntax.Count + firstArgNumber - 1;
                _checker.Error(DiagnosticCode.ArityMismatch,
                    ArityMessage($"`{name}`", total, "argument", given),
                    Source, span);
                return [.. argSyntax.Select(Infer)];
            }
            var args = ImmutableArray.CreateBuilder<TExpr>(argSyntax.Count);
            for (var i = 0; i < argSyntax.Count; i++)
            {
                var arg = argSyntax[i] is ClosureExpr closure && Types.Shallow(paramTypes[i]) is FunType expected
                    ? InferClosure(closure, expected)
                    : Infer(argSyntax[i]);
                Unify(paramTypes[i], arg.Type, arg.Span, $"argument {i + firstArgNumber} of `{name}`", hint: hint);
                args.Add(arg);
            }
            return args.MoveToImmutable();
        }

        private TExpr InferReturn(ReturnExpr ret)
        {
            var value = ret.Value is null ? null : Infer(ret.Value);
            Unify(ReturnType, value?.Type ?? MeshType.Unit, value?.Span ?? ret.Span, "the returned value");
            return new TReturn(value, ret.Span);
        }

        /// <summary>
        /// Code in a closure may run in any process (whoever calls it), so only a function's own
        /// body may receive or use <c>self()</c>.
        /// </summary>
        private bool HasMailbox => _closures.Count == 0;

        /// <summary>A direct call runs in the caller's process: both see the same mailbox.</summary>
        private void ShareMailbox(FunctionInfo callee, ImmutableArray<MeshType> typeArgs, TextSpan span)
        {
            if (_closures.Count > 0 || !(callee.InProgress || callee.UsesMailbox))
            {
                return;
            }
            _info.UsesMailbox |= callee.UsesMailbox;
            var calleeMailbox = InstantiateMailbox(callee, typeArgs);
            Unify(_info.Symbol.MailboxType!, calleeMailbox, span, $"the messages `{callee.Symbol.Name}` receives (it runs in this process)",
                DiagnosticCode.SendTypeMismatch);
        }

        private TExpr InferSpawn(SpawnExpr spawn)
        {
            var (targetSyntax, argSyntax) = SpawnParts(spawn);
            if (targetSyntax is not NameExpr { Name: { } name } || _checker.ResolveFunction(_info.Module.Name, name) is not { } target)
            {
                var where = targetSyntax?.Span ?? spawn.Span;
                _checker.Error(DiagnosticCode.SpawnNonFunction, "`spawn` needs the name of an actor or function as its first argument", Source, where,
                    hint: "write `spawn(worker, arg1, arg2)` or `spawn worker(arg1, arg2)` where `worker` is an `actor` or a function");
                return new TError(MeshType.Pid(Types.Fresh()), spawn.Span);
            }
            var (paramTypes, _, typeArgs) = Instantiate(target, spawn.Span);
            var actorArgs = CheckArgs(name, paramTypes, argSyntax, spawn.Span);
            foreach (var arg in actorArgs)
            {
                Require(arg.Type, Trait.Sendable, arg.Span, "`spawn`");
            }
            var mailbox = InstantiateMailbox(target, typeArgs);
            return new TSpawn(target.Symbol, typeArgs, actorArgs, MeshType.Pid(mailbox), spawn.Span);
        }

        private TExpr InferSend(SendExpr send)
        {
            var target = Infer(send.Target);
            var message = Infer(send.Message);
            if (Types.Shallow(target.Type) is TypeCon { Name: "String" })
            {
                // Erlang's Name ! Msg: whoever is registered under that name when the message is sent.
                // As with Process.whereis, nothing is known of that process's message type.
                Require(message.Type, Trait.Sendable, message.Span, "`send`");
                return new TSend(target, message, send.Span, ByName: true);
            }
            var messageType = Types.Fresh();
            if (Unify(MeshType.Pid(messageType), target.Type, target.Span, "the target of `send`"))
            {
                Unify(messageType, message.Type, message.Span, "this message (the process receives another type)", DiagnosticCode.SendTypeMismatch,
                    hint: _checker.IsServiceType(messageType) ? "a service's pid takes no messages of its own: talk to it through its client functions (`Name.handler(pid, ...)`)" : null);
            }
            Require(message.Type, Trait.Sendable, message.Span, "`send`");
            return new TSend(target, message, send.Span);
        }

        private TExpr InferSelf(SelfExpr self)
        {
            if (!HasMailbox)
            {
                _checker.Error(DiagnosticCode.SelfOutsideActor, "`self()` cannot be used inside a closure: it may run in another process", Source, self.Span,
                    hint: "call `self()` outside the closure and capture the pid: `let me = self()`");
                return new TError(MeshType.Pid(Types.Fresh()), self.Span);
            }
            _info.UsesMailbox = true;
            return new TSelf(MeshType.Pid(_info.Symbol.MailboxType!), self.Span);
        }

        private TExpr InferReceive(ReceiveExpr receive)
        {
            if (receive.IsBare)
            {
                return InferReceiveAny(receive);
            }
            if (!HasMailbox)
            {
                _checker.Error(DiagnosticCode.ReceiveOutsideActor, "`receive` cannot be used inside a closure: it may run in another process", Source, receive.Span,
                    hint: "receive in the enclosing function and pass the message to the closure");
                return new TError(MeshType.Error, receive.Span);
            }
            _info.UsesMailbox = true;
            var result = Types.Fresh();
            // Arms whose pattern is Exit(...) or Down(...) (and not a variant of the program's own)
            // take the runtime's system messages; all others take the actor's own messages.
            bool IsSystemArm(MatchArm arm) => arm.Pattern is ConstructorPattern { Name: "Exit" or "Down", Qualifier: null } c
                && _checker.LookupConstructors(_info.Module.Name, c.Name!).All(found => found.Def == BuiltinTypes.SystemMessage);
            var systemType = BuiltinTypes.SystemMessage.Apply([Types.Fresh()]);
            var arms = InferArms(receive.Arms.Where(a => !IsSystemArm(a)), _info.Symbol.MailboxType!, result);
            var systemArms = InferArms(receive.Arms.Where(IsSystemArm), systemType, result);
            // A receive need not match every message (the rest wait in the mailbox), but an arm
            // that can never match is still a mistake.
            _checker._matchChecks.Add(new MatchCheck(Source, receive.Span, arms, _info.Symbol.MailboxType!, MustBeExhaustive: false));
            _checker._matchChecks.Add(new MatchCheck(Source, receive.Span, systemArms, systemType, MustBeExhaustive: false));
            TExpr? timeout = null;
            TExpr? after = null;
            if (receive.AfterTimeout is { } t)
            {
                timeout = Infer(t);
                Unify(MeshType.Int, timeout.Type, timeout.Span, "an `after` timeout (milliseconds)");
                after = Infer(receive.AfterBody);
                Unify(result, after.Type, after.Span, "the `after` branch (it must match the arms)");
            }
            return new TReceive(arms, _info.Symbol.MailboxType!, timeout, after, result, receive.Span)
            {
                SystemArms = systemArms,
                SystemMessageType = systemType,
            };
        }
    }
}
