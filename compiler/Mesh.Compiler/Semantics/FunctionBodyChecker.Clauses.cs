using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
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
                    guard = Infer(g);
                    Unify(MeshType.Bool, guard.Type, guard.Span, "a guard", DiagnosticCode.GuardNotBool);
                }
                var body = clause.ExprBody is { } e ? Infer(e) : Infer(clause.Body);
                PopScope();
                if (clause.ReturnType is { } rt && clause != _info.Clauses[0])
                {
                    Unify(_checker.ResolveTypeRef(rt, _info.Module, _generics), body.Type, body.Span, "this clause's result (clauses must agree)");
                }
                Unify(result, body.Type, body.Span, "this clause (all clauses must return the same type)");
                arms.Add(new TArm(pattern, guard, body, clause.Span));
                if (guard is null && patterns.All(p => p is TWildcardPattern or TBindPattern))
                {
                    catchAll ??= clause;
                }
            }
            var armList = arms.ToImmutable();
            _checker._matchChecks.Add(new MatchCheck(Source, span, armList, subjectType, MustBeExhaustive: false));
            return new TCase(subject, armList, result, span);
        }
    }
}
