using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>
        /// A multi-clause function's body: a match of the arguments against each clause's parameter
        /// patterns and guard, in order. No clause matching is a run-time panic (as in Erlang).
        /// </summary>
        private TExpr InferClauses()
        {
            var parameters = _info.Symbol.Params;
            var span = _info.Syntax.Span;
            var subjectType = parameters.Length == 1 ? parameters[0].Type : MeshType.Tuple([.. parameters.Select(p => p.Type)]);
            TExpr subject = parameters.Length == 1
                ? new TLocalRef(parameters[0], span)
                : new TTuple([.. parameters.Select(p => (TExpr)new TLocalRef(p, span))], subjectType, span);
            var result = Types.Fresh();
            var arms = ImmutableArray.CreateBuilder<TArm>();
            FnDef? catchAll = null;
            foreach (var clause in _info.Clauses)
            {
                if (catchAll is not null)
                {
                    _checker.Error(DiagnosticCode.CatchAllClauseNotLast, $"this clause of `{clause.Name}` can never run: an earlier clause matches every argument",
                        Source, clause.NameToken?.Span ?? clause.Span, "unreachable clause", "put the catch-all clause last");
                }
                PushScope();
                var patterns = clause.Params.Select((p, i) =>
                {
                    var type = parameters.Length == 1 ? subjectType : ((TypeCon)subjectType).Args[i];
                    if (p.Type is { } annotation && clause != _info.Clauses[0])
                    {
                        Unify(_checker.ResolveTypeRef(annotation, _info.Module, _generics), type, p.Span, "this parameter (clauses must agree)");
                    }
                    return InferPattern(p.Pattern, type);
                }).ToImmutableArray();
                var pattern = parameters.Length == 1 ? patterns[0] : new TTuplePattern(patterns, subjectType, clause.Span);
                TExpr? guard = null;
                if (clause.Guard is { } g)
                {
                    guard = InferGuard(g);
                }
                var body = clause.ExprBody is { } e ? Infer(e) : Infer(clause.Body);
                PopScope();
                if (clause.ReturnType is { } rt && clause != _info.Clauses[0])
                {
                    Unify(_checker.ResolveTypeRef(rt, _info.Module, _generics), body.Type, ResultSpan(body), "this clause's result (clauses must agree)");
                }
                Unify(result, body.Type, ResultSpan(body), "this clause (all clauses must return the same type)");
                arms.Add(new TArm(pattern, guard, body, clause.Span));
                if (guard is null && patterns.All(PatternFacts.IsIrrefutable))
                {
                    catchAll ??= clause;
                }
            }
            var armList = arms.ToImmutable();
            _checker._matchChecks.Add(new MatchCheck(Source, span, armList, subjectType, MustBeExhaustive: false));
            return new TCase(subject, armList, result, span);
        }

        /// <summary>
        /// A guard (<c>when …</c>) of a clause or an arm: a Bool (E0025) that only decides whether the
        /// arm is taken. It may compute anything, but not leave the function or the loop (<c>return</c>,
        /// <c>break</c>, <c>continue</c>, <c>?</c>) or act on processes (<c>receive</c>, <c>send</c>,
        /// <c>spawn</c>, <c>link</c>) while another arm may still be chosen (E0013). Closures written in
        /// a guard are values, so their bodies are not restricted.
        /// </summary>
        private TExpr InferGuard(Expr syntax)
        {
            var invalid = false;
            foreach (var node in GuardNodes(syntax.Syntax))
            {
                var what = node.Kind switch
                {
                    SyntaxKind.ReturnExpr => "`return`",
                    SyntaxKind.BreakExpr => "`break`",
                    SyntaxKind.ContinueExpr => "`continue`",
                    SyntaxKind.TryExpr => "the `?` operator",
                    SyntaxKind.ReceiveExpr => "`receive`",
                    SyntaxKind.SendExpr => "`send`",
                    SyntaxKind.SpawnExpr => "`spawn`",
                    SyntaxKind.LinkExpr => "`link`",
                    _ => null,
                };
                if (what is not null)
                {
                    _checker.Error(DiagnosticCode.InvalidGuardExpression, $"{what} is not allowed in a guard", Source, node.Span, "not allowed here",
                        "a guard only decides whether its arm is taken: compute the value before the `case`, or test it inside the arm");
                    invalid = true;
                }
            }
            if (invalid)
            {
                // Not checked further: the misplaced expression would only add type errors.
                return new TError(MeshType.Bool, syntax.Span);
            }
            var guard = Infer(syntax);
            Unify(MeshType.Bool, guard.Type, guard.Span, "a guard", DiagnosticCode.GuardNotBool);
            return guard;
        }

        private static IEnumerable<SyntaxNode> GuardNodes(SyntaxNode node)
        {
            yield return node;
            if (node.Kind == SyntaxKind.ClosureExpr)
            {
                yield break;
            }
            foreach (var child in node.ChildNodes())
            {
                foreach (var inner in GuardNodes(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
