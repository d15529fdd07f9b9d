using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>
        /// <c>fn helper(y :: Int) -> Int = y * 3</c> inside a function body: a local function, as
        /// <c>let helper = fn (y :: Int) -> y * 3 end</c> (it sees the variables before it, and is
        /// polymorphic when unannotated, like such a let). Forms a closure cannot express —
        /// several clauses, patterns or guards, type parameters, calling itself — are reported.
        /// </summary>
        private TStmt? InferNestedFunction(FnDef fn, bool followedByClause)
        {
            if (fn.Name is not { } name)
            {
                return null; // a syntax error was reported
            }
            var problem = followedByClause || fn.Guard is not null ? "several clauses or a guard"
                : fn.GenericParams.Count > 0 || fn.WhereClause is not null ? "type parameters"
                : fn.Params.Any(p => p.Pattern is not (IdentPattern or WildcardPattern)) ? "patterns as parameters"
                : CallsItself(fn, name) ? "a call of itself"
                : null;
            if (problem is not null)
            {
                _checker.Error(DiagnosticCode.NotSupportedYet, $"a function defined inside another cannot have {problem}", Source, fn.NameToken?.Span ?? fn.Span,
                    "defined inside a function", $"define `{name}` at the top level of the module");
                var unsupported = NewLocal(name, Types.Fresh(), fn.Span);
                _notVariables.Add(unsupported);
                Declare(unsupported);
                return null;
            }
            var valueFrame = new LetValueFrame(_scopes.Count, []);
            _letValues.Add(valueFrame);
            var frame = new ClosureFrame(_scopes.Count, [], Types.Fresh(), _loopDepth);
            _closures.Add(frame);
            var savedLoopDepth = _loopDepth;
            _loopDepth = 0;
            PushScope();
            var parameters = new List<LocalSymbol>();
            foreach (var p in fn.Params)
            {
                var type = p.Type is { } t ? _checker.ResolveTypeRef(t, _info.Module, _generics) : Types.Fresh();
                var local = NewLocal(p.Name ?? $"$arg{parameters.Count}", type, p.Span);
                Declare(local);
                parameters.Add(local);
            }
            if (fn.ReturnType is { } annotation)
            {
                Unify(_checker.ResolveTypeRef(annotation, _info.Module, _generics), frame.Return, annotation.Span, $"the result of `{name}`");
            }
            TExpr body = fn.ExprBody is { } expr ? Infer(expr)
                : fn.Body is { } block ? Infer(block)
                : new TUnitLiteral(fn.Span);
            PopScope();
            _loopDepth = savedLoopDepth;
            _closures.RemoveAt(_closures.Count - 1);
            Unify(frame.Return, body.Type, ResultSpan(body), $"the result of `{name}`");
            var closure = new TClosure(_checker._nextClosureId++, [.. parameters], body, [.. frame.Captures],
                new FunType([.. parameters.Select(p => p.Type)], frame.Return), fn.Span);
            _letValues.RemoveAt(_letValues.Count - 1);
            var named = NewLocal(name, closure.Type, fn.NameToken?.Span ?? fn.Span);
            Generalise(named, closure, valueFrame.Captures);
            _notVariables.Add(named);
            Declare(named);
            return new TLet(named, closure, fn.Span);
        }

        private static bool CallsItself(FnDef fn, string name)
            => fn.Syntax.DescendantNodes().Any(n => NameExpr.Cast(n) is { Name: var used } && used == name);
    }
}
