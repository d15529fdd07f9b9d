using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax.Ast;

/// <summary>
/// Base of the typed views over the concrete syntax tree. A view is a thin wrapper around one
/// <see cref="SyntaxNode"/>; properties look children up on demand and return null where parsing failed.
/// Two views are equal when they wrap the same node.
/// </summary>
public abstract class AstNode : IEquatable<AstNode>
{
    protected AstNode(SyntaxNode syntax) => Syntax = syntax;

    public SyntaxNode Syntax { get; }

    public TextSpan Span => Syntax.Span;

    public SyntaxKind Kind => Syntax.Kind;

    public bool Equals(AstNode? other) => other is not null && other.GetType() == GetType() && ReferenceEquals(other.Syntax, Syntax);

    public override bool Equals(object? obj) => obj is AstNode n && Equals(n);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Syntax);

    public override string ToString() => Syntax.ToFullString().Trim();

    private protected SyntaxToken? FindToken(SyntaxKind kind) => Syntax.ChildToken(kind);

    private protected bool HasToken(SyntaxKind kind) => Syntax.ChildToken(kind) is not null;

    private protected SyntaxNode? Node(SyntaxKind kind) => Syntax.ChildNode(kind);

    private protected IEnumerable<SyntaxNode> Nodes(SyntaxKind kind) => Syntax.ChildNodes().Where(n => n.Kind == kind);

    private protected T? First<T>(Func<SyntaxNode, T?> cast)
        where T : class
    {
        foreach (var n in Syntax.ChildNodes())
        {
            if (cast(n) is { } t)
            {
                return t;
            }
        }
        return null;
    }

    private protected IReadOnlyList<T> All<T>(Func<SyntaxNode, T?> cast)
        where T : class
    {
        var list = new List<T>();
        foreach (var n in Syntax.ChildNodes())
        {
            if (cast(n) is { } t)
            {
                list.Add(t);
            }
        }
        return list;
    }

    /// <summary>The first child node after the first token of <paramref name="kind"/> that casts.</summary>
    private protected T? After<T>(SyntaxKind kind, Func<SyntaxNode, T?> cast)
        where T : class
    {
        var seen = false;
        foreach (var c in Syntax.ChildrenWithTokens())
        {
            if (c is SyntaxToken t && t.Kind == kind)
            {
                seen = true;
            }
            else if (seen && c is SyntaxNode n && cast(n) is { } r)
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>Child nodes that cast, before the first token of <paramref name="kind"/> (all of them if absent).</summary>
    private protected T? Before<T>(SyntaxKind kind, Func<SyntaxNode, T?> cast)
        where T : class
    {
        foreach (var c in Syntax.ChildrenWithTokens())
        {
            if (c is SyntaxToken t && t.Kind == kind)
            {
                return null;
            }
            if (c is SyntaxNode n && cast(n) is { } r)
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>The first direct identifier token (a name of the construct).</summary>
    private protected SyntaxToken? FirstIdent() => FindToken(SyntaxKind.Ident);

    /// <summary>Parameters in the first ParamList child.</summary>
    private protected IReadOnlyList<Param> ParamsOf(SyntaxNode? paramList)
        => paramList is null ? [] : paramList.ChildNodes().Where(n => n.Kind == SyntaxKind.Param).Select(n => new Param(n)).ToList();

    private protected static IReadOnlyList<GenericParam> GenericParamsOf(SyntaxNode? list)
        => list is null ? [] : list.ChildNodes().Where(n => n.Kind == SyntaxKind.GenericParam).Select(n => new GenericParam(n)).ToList();

    private protected static IReadOnlyList<Arg> ArgsOf(SyntaxNode? argList)
        => argList is null ? [] : argList.ChildNodes().Where(n => n.Kind == SyntaxKind.Arg).Select(n => new Arg(n)).ToList();
}
