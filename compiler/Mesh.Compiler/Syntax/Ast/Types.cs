namespace Mesh.Compiler.Syntax.Ast;

/// <summary>A type annotation.</summary>
public abstract class TypeRef : AstNode
{
    private protected TypeRef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public static TypeRef? Cast(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.NamedTypeRef => new NamedTypeRef(node),
        SyntaxKind.TupleTypeRef => new TupleTypeRef(node),
        SyntaxKind.FunTypeRef => new FunTypeRef(node),
        SyntaxKind.OptionTypeRef => new OptionTypeRef(node),
        SyntaxKind.ResultTypeRef => new ResultTypeRef(node),
        _ => null,
    };
}

/// <summary><c>Int</c>, <c>List&lt;T&gt;</c>, <c>Map&lt;K, V&gt;</c>, <c>Geo.Point</c>, <c>Self.Item</c>, <c>Pid&lt;M&gt;</c>.</summary>
public sealed class NamedTypeRef : TypeRef
{
    public NamedTypeRef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<SyntaxToken> SegmentTokens
        => Syntax.ChildTokens().Where(t => t.Kind is SyntaxKind.Ident or SyntaxKind.SelfKw).ToList();

    public IReadOnlyList<string> Segments => SegmentTokens.Select(t => t.Text).ToList();

    /// <summary>The name as written, dotted when qualified.</summary>
    public string? Name => SegmentTokens.Count == 0 ? null : string.Join('.', Segments);

    public SyntaxToken? NameToken => SegmentTokens.LastOrDefault();

    public IReadOnlyList<TypeRef> Args
        => Node(SyntaxKind.GenericArgList) is { } g ? g.ChildNodes().Select(TypeRef.Cast).OfType<TypeRef>().ToList() : [];
}

/// <summary><c>(A, B)</c>; <c>()</c> is unit; <c>(A)</c> is just <c>A</c> in parentheses (one element).</summary>
public sealed class TupleTypeRef : TypeRef
{
    public TupleTypeRef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<TypeRef> Elements => All(TypeRef.Cast);
}

/// <summary><c>Fun(A, B) -&gt; R</c>.</summary>
public sealed class FunTypeRef : TypeRef
{
    public FunTypeRef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<TypeRef> Params
    {
        get
        {
            var list = new List<TypeRef>();
            foreach (var c in Syntax.ChildrenWithTokens())
            {
                if (c is SyntaxToken { Kind: SyntaxKind.Arrow })
                {
                    break;
                }
                if (c is SyntaxNode n && TypeRef.Cast(n) is { } t)
                {
                    list.Add(t);
                }
            }
            return list;
        }
    }

    public TypeRef? Return => After(SyntaxKind.Arrow, TypeRef.Cast);
}

/// <summary><c>T?</c>, i.e. <c>Option&lt;T&gt;</c>.</summary>
public sealed class OptionTypeRef : TypeRef
{
    public OptionTypeRef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public TypeRef? Inner => First(TypeRef.Cast);
}

/// <summary><c>T!E</c>, i.e. <c>Result&lt;T, E&gt;</c>.</summary>
public sealed class ResultTypeRef : TypeRef
{
    public ResultTypeRef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public TypeRef? Ok => Before(SyntaxKind.Bang, TypeRef.Cast);

    public TypeRef? Err => After(SyntaxKind.Bang, TypeRef.Cast);
}
