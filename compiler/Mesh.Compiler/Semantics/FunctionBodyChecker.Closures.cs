using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    private int _nextClosureId;

    private sealed partial class FunctionBodyChecker
    {
        /// <summary>A closure being checked: where its scopes start, what it captures, its result type.</summary>
        private sealed record ClosureFrame(int BaseScope, List<LocalSymbol> Captures, MeshType Return, int EnclosingLoopDepth);

        private readonly List<ClosureFrame> _closures = [];

        /// <param name="expected">The function type the context wants, if known: it types unannotated parameters.</param>
        private TExpr InferClosure(ClosureExpr closure, FunType? expected = null)
        {
            var clauses = closure.Clauses;
            if (clauses.Count == 0)
            {
                return new TError(MeshType.Error, closure.Span);
            }
            var arity = clauses[0].Params.Count;
            foreach (var clause in clauses.Skip(1).Where(c => c.Params.Count != arity))
            {
                _checker.Error(DiagnosticCode.ClauseArityMismatch, $"every clause of this closure must take {arity} parameter{(arity == 1 ? "" : "s")}",
                    Source, clause.Span);
            }
            // `List.map(pairs, fn (k, v) -> ... end)`: where a function of one N-tuple is wanted, a
            // closure of N parameters takes the tuple apart (Swift's rule; Rust writes `|(k, v)|`).
            var splat = expected is not null && expected.Params.Length == 1 && arity > 1 && clauses.All(c => c.Params.Count == arity)
                && Types.Shallow(expected.Params[0]) is TypeCon { Name: MeshType.TupleName } wanted && wanted.Args.Length == arity;
            if (!splat && expected is not null && expected.Params.Length == 1 && arity > 1
                && Types.Shallow(expected.Params[0]) is TypeVar or TypeCon { Name: MeshType.TupleName })
            {
                // `fn (k, v) -> ... end` where one tuple is passed: Elixir's `fn {k, v} -> ... end`.
                var shown = string.Join(", ", clauses[0].Params.Select(p => p.Syntax.ToString().Trim()));
                _checker.Error(DiagnosticCode.ArityMismatch, $"this closure takes {arity} parameters, but it is called with one argument", Source, ClosureHead(closure),
                    $"{arity} parameters", $"to take apart a tuple it is given, wrap the tuple pattern in parentheses of its own: `fn (({shown})) -> ... end`");
                return new TError(expected, closure.Span);
            }
            var frame = new ClosureFrame(_scopes.Count, [], Types.Fresh(), _loopDepth);
            _closures.Add(frame);
            // break/continue cannot jump out of the closure to a loop around it.
            var savedLoopDepth = _loopDepth;
            _loopDepth = 0;
            PushScope();
            // Parameters: plain names bind directly; anything else (patterns, several clauses)
            // becomes a case over the arguments.
            var simple = !splat && clauses.Count == 1 && clauses[0].Guard is null
                && clauses[0].Params.All(p => p.Pattern is IdentPattern { Name: { Length: > 0 } n } && !char.IsUpper(n[0]) || p.Pattern is WildcardPattern);
            var parameters = new List<LocalSymbol>();
            if (splat)
            {
                parameters.Add(NewLocal("$arg0", expected!.Params[0], closure.Span));
            }
            for (var i = 0; i < arity && !splat; i++)
            {
                var p = clauses[0].Params[i];
                var paramType = p.Type is { } t ? _checker.ResolveTypeRef(t, _info.Module, _generics)
                    : expected is not null && expected.Params.Length == arity ? expected.Params[i]
                    : Types.Fresh();
                var name = simple && p.Name is { } n ? n : $"$arg{i}";
                var local = NewLocal(name, paramType, p.Span);
                if (simple)
                {
                    Declare(local);
                }
                parameters.Add(local);
            }
            TExpr body;
            if (simple)
            {
                body = Infer(ClauseBody(clauses[0]));
            }
            else
            {
                var subjectType = arity == 1 || splat ? parameters[0].Type : MeshType.Tuple([.. parameters.Select(p => p.Type)]);
                var subject = arity == 1 || splat
                    ? (TExpr)new TLocalRef(parameters[0], closure.Span)
                    : new TTuple([.. parameters.Select(p => (TExpr)new TLocalRef(p, closure.Span))], subjectType, closure.Span);
                var result = Types.Fresh();
                var arms = ImmutableArray.CreateBuilder<TArm>();
                // A clause of another arity was reported above; checking its patterns against
                // this closure's parameters would only fail again.
                foreach (var clause in clauses.Where(c => c.Params.Count == arity))
                {
                    PushScope();
                    var patterns = clause.Params.Select((p, i) =>
                    {
                        var pattern = InferPattern(p.Pattern, arity == 1 ? subjectType : ((TypeCon)Types.Shallow(subjectType)).Args[i]);
                        if (p.Type is { } annotation)
                        {
                            Unify(_checker.ResolveTypeRef(annotation, _info.Module, _generics), pattern.Type, p.Span, "this parameter");
                        }
                        return pattern;
                    }).ToImmutableArray();
                    var pattern = arity == 1 ? patterns[0] : new TTuplePattern(patterns, subjectType, clause.Span);
                    TExpr? guard = null;
                    if (clause.Guard is { } g)
                    {
                        guard = InferGuard(g);
                    }
                    var armBody = Infer(ClauseBody(clause));
                    PopScope();
                    Unify(result, armBody.Type, armBody.Span, "this clause (all clauses must return the same type)");
                    arms.Add(new TArm(pattern, guard, armBody, clause.Span));
                }
                var armList = arms.ToImmutable();
                _checker._matchChecks.Add(new MatchCheck(Source, closure.Span, armList, subjectType, MustBeExhaustive: false));
                body = new TCase(subject, armList, result, closure.Span);
            }
            PopScope();
            _loopDepth = savedLoopDepth;
            _closures.RemoveAt(_closures.Count - 1);
            Unify(frame.Return, body.Type, ResultSpan(body), "this closure's result");
            var type = new FunType([.. parameters.Select(p => p.Type)], frame.Return);
            return new TClosure(_checker._nextClosureId++, [.. parameters], body, [.. frame.Captures], type, closure.Span);
        }

        /// <summary>A closure's first line, for errors about its parameters.</summary>
        private TextSpan ClosureHead(ClosureExpr closure)
        {
            var line = Source.GetPosition(closure.Span.Start).Line;
            var lineEnd = Source.GetLineStart(line) + Source.GetLineText(line).Length;
            return TextSpan.FromBounds(closure.Span.Start, Math.Max(closure.Span.Start + 1, Math.Min(lineEnd, closure.Span.End)));
        }

        private static Expr? ClauseBody(ClosureClause clause)
            => (Expr?)clause.Body ?? clause.Syntax.ChildNodes().Select(Expr.Cast).LastOrDefault(e => e is not null && e is not BlockExpr);

        private TExpr InferCallValue(TExpr callee, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var local = callee switch
            {
                TLocalRef r => r.Local,
                TLocalInstance i => i.Local,
                _ => null,
            };
            if (local is not null && Types.Shallow(callee.Type) is FunType known && known.Params.Length == argSyntax.Count)
            {
                // A local function of known type: each argument is checked against its parameter
                // ("expected Int for argument 1 of `inc`"), and closure arguments get its parameter types.
                var hint = _checker._valueRestricted.Contains(local)
                    ? $"`{local.Name}` is bound to the result of a call, so it has one type (only a `let` of a closure, a function name or a constructor is polymorphic); write the closure in the `let`, or bind one `let` per type"
                    : null;
                var checkedArgs = CheckArgs(local.Name, known.Params, argSyntax, span, hint);
                return new TCallValue(callee, checkedArgs, known.Return, span);
            }
            var args = argSyntax.Select(Infer).ToImmutableArray();
            var result = Types.Fresh();
            var expected = new FunType([.. args.Select(a => a.Type)], result);
            if (Types.Shallow(callee.Type) is FunType f && f.Params.Length != args.Length)
            {
                _checker.Error(DiagnosticCode.ArityMismatch,
                    ArityMessage("this function", f.Params.Length, "argument", args.Length),
                    Source, span);
                return new TError(f.Return, span);
            }
            if (Types.Shallow(callee.Type) is TypeCon con)
            {
                _checker.Error(DiagnosticCode.NotAFunction, $"{Article(TypeFormatter.Format(Types.Resolve(con)))} is not a function", Source, callee.Span,
                    "called here");
                return new TError(result, span);
            }
            Unify(expected, callee.Type, span, "this call");
            return new TCallValue(callee, args, result, span);
        }
    }
}
