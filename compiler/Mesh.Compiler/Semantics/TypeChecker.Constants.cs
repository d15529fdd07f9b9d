using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// Module constants: `let name = value` at the top level of a file, as Gleam's `const` and Elixir's
// module attributes. The value must be a constant expression (literals, lists, tuples, maps, struct
// literals, constructors, operators, closures, other constants and function names), so that
// writing it out at every use, which is what the checker does, means the same as computing it once.
// Each use is checked on its own, so `let empty = []` serves lists of any item type.
public sealed partial class TypeChecker
{
    /// <summary>A top-level <c>let</c> of a module.</summary>
    private sealed record ModuleConstant(string Module, string Name, LetStmt Let, Expr Value, SourceText Source, TextSpan NameSpan)
    {
        /// <summary>False when its value was rejected: uses then report nothing more.</summary>
        public bool IsValid { get; init; } = true;
    }

    private readonly Dictionary<(string Module, string Name), ModuleConstant> _constants = [];

    /// <summary>Constants some function uses; a value never used is never checked, so the others get W0003.</summary>
    private readonly HashSet<ModuleConstant> _usedConstants = [];

    private void WarnUnusedConstants()
    {
        foreach (var constant in _constants.Values.Where(c => c.IsValid && !_usedConstants.Contains(c)))
        {
            Error(DiagnosticCode.UnusedVariable, $"module constant `{constant.Name}` is never used", constant.Source, constant.NameSpan, "unused",
                "remove it, or use it in a function (its value is only checked where it is used)");
        }
    }

    /// <summary>
    /// The statements at a file's top level: a `let` of one name to a constant expression is a
    /// module constant; anything else (a call, a `let` of a pattern) is E0202, since only
    /// definitions run there.
    /// </summary>
    private void CollectModuleStatements(CheckedModule file)
    {
        foreach (var statement in file.Tree.File.Statements)
        {
            if (statement is ExprStmt { Expr: CallExpr { Callee: NameExpr { Name: { } fnName }, TrailingClosure: not null } })
            {
                // `main() do ... end`: a definition whose `fn` is missing, not code to run.
                Error(DiagnosticCode.ExpectedItem, $"`{fnName}(...) do` at the top level: a function definition starts with `fn`", file.Source, FirstLine(file.Source, statement.Span),
                    "missing `fn`", $"write `fn {fnName}(...) do`");
                continue;
            }
            if (statement is not LetStmt let)
            {
                Error(DiagnosticCode.ExpectedItem, "the top level of a module holds definitions only: this code would never run", file.Source, FirstLine(file.Source, statement.Span),
                    "not a definition", "move it into a function (the program starts in `fn main()`); a value used by several functions can be a module constant: `let name = value`");
                continue;
            }
            if (let.Value is not { } value)
            {
                continue; // a syntax error was reported
            }
            if (let.Pattern is not IdentPattern { Name: { } name } ident || name == "_")
            {
                Error(DiagnosticCode.ExpectedItem, "a module constant is one name: `let name = value`", file.Source, let.Pattern?.Span ?? let.Span,
                    "not a single name", "take the value apart inside the functions that use it");
                continue;
            }
            var span = ident.NameToken?.Span ?? ident.Span;
            var problem = ConstantProblem(value);
            if (problem is not null)
            {
                Error(DiagnosticCode.ExpectedItem, $"the value of module constant `{name}` must be a constant expression", file.Source, problem.Span,
                    "computed when the program runs",
                    $"a constant is made of literals, lists, tuples, maps, struct literals, constructors, operators, closures and other constants; compute this in a function instead: `fn {name}() = ...`");
            }
            if (_constants.ContainsKey((file.Name, name)) || _byName.ContainsKey((file.Name, name)))
            {
                Error(DiagnosticCode.DuplicateDefinition, $"`{name}` is defined more than once in this module", file.Source, span, "defined again here",
                    "a module constant shares its name space with the module's functions: rename one");
                continue;
            }
            _constants[(file.Name, name)] = new ModuleConstant(file.Name, name, let, value, file.Source, span) { IsValid = problem is null };
        }
    }

    /// <summary>
    /// A function's syntax followed by the values of the module constants it names (and those they
    /// name), since each use of a constant is checked as if its value were written there.
    /// </summary>
    private IEnumerable<SyntaxNode> WithConstantValues(string module, IEnumerable<SyntaxNode> nodes)
    {
        var pending = new Queue<SyntaxNode>(nodes);
        var seen = new HashSet<ModuleConstant>();
        while (pending.Count > 0)
        {
            var node = pending.Dequeue();
            yield return node;
            if (_constants.Count > 0 && NameExpr.Cast(node) is { Name: { } name } && LookupConstant(module, name) is { } constant && seen.Add(constant))
            {
                pending.Enqueue(constant.Value.Syntax);
                foreach (var inner in constant.Value.Syntax.DescendantNodes())
                {
                    pending.Enqueue(inner);
                }
            }
        }
    }

    private static TextSpan FirstLine(SourceText source, TextSpan span)
    {
        var line = source.GetPosition(span.Start).Line;
        var lineEnd = source.GetLineStart(line) + source.GetLineText(line).Length;
        return TextSpan.FromBounds(span.Start, Math.Max(span.Start + 1, Math.Min(lineEnd, span.End)));
    }

    /// <summary>The module constant a name means in <paramref name="module"/> (or a module it is written in).</summary>
    private ModuleConstant? LookupConstant(string module, string name)
    {
        foreach (var scope in LexicalScopes(module))
        {
            if (_constants.TryGetValue((scope, name), out var constant))
            {
                return constant;
            }
        }
        return null;
    }

    /// <summary>The first part of a module constant's value that is computed at run time, or null when it is all constant.</summary>
    private static Expr? ConstantProblem(Expr expr) => expr switch
    {
        IntLiteralExpr or FloatLiteralExpr or BoolLiteralExpr or NilLiteralExpr or AtomLiteralExpr or NameExpr or ClosureExpr => null,
        StringExpr s => s.Parts.OfType<StringInterpolationPart>().Select(p => p.Expr is { } e ? ConstantProblem(e) : null).FirstOrDefault(p => p is not null),
        ParenExpr { Inner: { } inner } => ConstantProblem(inner),
        UnaryExpr { Operand: { } operand } => ConstantProblem(operand),
        BinaryExpr { Op: not BinaryOp.Pipe, Lhs: { } l, Rhs: { } r } => ConstantProblem(l) ?? ConstantProblem(r),
        TupleExpr t => FirstProblem(t.Elements),
        ListExpr l => FirstProblem(l.Elements),
        MapExpr m => m.Entries.Select(e => (e.Key is { } k ? ConstantProblem(k) : null) ?? (e.Value is { } v ? ConstantProblem(v) : null)).FirstOrDefault(p => p is not null),
        StructLiteralExpr s => s.Fields.Select(f => f.Value is { } v ? ConstantProblem(v) : null).FirstOrDefault(p => p is not null),
        // `Math.pi`, `Color.Red`, `origin.x`
        FieldAccessExpr { Target: { } target } => target is NameExpr ? null : ConstantProblem(target),
        // A constructor: `Some(1)`, `Circle(2.0)`, `Shape.Circle(2.0)`.
        CallExpr { Callee: NameExpr { Name: { } n }, TrailingClosure: null } call when IsUpper(n) => FirstProblem(call.Args.Select(a => a.Value)),
        CallExpr { Callee: FieldAccessExpr { FieldName: { } n }, TrailingClosure: null } call when IsUpper(n) => FirstProblem(call.Args.Select(a => a.Value)),
        _ => expr,
    };

    private static Expr? FirstProblem(IEnumerable<Expr?> exprs)
    {
        foreach (var e in exprs)
        {
            if (e is not null && ConstantProblem(e) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static bool IsUpper(string name) => name.Length > 0 && char.IsUpper(name[0]);
}
