using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>The module constants whose values are being checked at this use (to catch a constant defined by itself).</summary>
        private readonly List<ModuleConstant> _expandingConstants = [];

        /// <summary>
        /// A use of a module constant: its value, checked here as if written at the use, but seeing
        /// none of this function's variables (a constant belongs to the module, not to a function).
        /// </summary>
        private TExpr InferConstant(ModuleConstant constant, TextSpan useSpan)
        {
            _checker._usedConstants.Add(constant);
            if (!constant.IsValid)
            {
                return new TError(MeshType.Error, useSpan);
            }
            if (_expandingConstants.Contains(constant))
            {
                _checker.Error(DiagnosticCode.UnboundName, $"module constant `{constant.Name}` is defined in terms of itself", Source, useSpan, "used in its own value",
                    "a recursive value needs a function: `fn name() = ...`");
                return new TError(MeshType.Error, useSpan);
            }
            var savedScopes = _scopes.ToList();
            var savedClosures = _closures.ToList();
            var savedLetValues = _letValues.ToList();
            var savedLoopDepth = _loopDepth;
            _scopes.Clear();
            _closures.Clear();
            _letValues.Clear();
            _loopDepth = 0;
            _expandingConstants.Add(constant);
            TExpr value;
            try
            {
                PushScope();
                value = Infer(constant.Value);
                PopScope();
                if (constant.Let.Type is { } annotation)
                {
                    var declared = _checker.ResolveTypeRef(annotation, _info.Module, _generics);
                    Unify(declared, value.Type, value.Span, $"module constant `{constant.Name}`");
                }
            }
            finally
            {
                _expandingConstants.RemoveAt(_expandingConstants.Count - 1);
                _scopes.Clear();
                _scopes.AddRange(savedScopes);
                _closures.Clear();
                _closures.AddRange(savedClosures);
                _letValues.Clear();
                _letValues.AddRange(savedLetValues);
                _loopDepth = savedLoopDepth;
            }
            return value;
        }
    }
}
