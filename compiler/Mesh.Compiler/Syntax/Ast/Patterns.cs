using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax.Ast;

public abstract class Pattern : AstNode
{
    private protected Pattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>The dotted name a constructor or struct pattern starts with (<c>Shape.Circle</c>): its leading identifiers.</summary>
    private protected static IReadOnlyList<SyntaxToken> LeadingPath(SyntaxNode syntax)
    {
        var list = new List<SyntaxToken>();
        foreach (var t in syntax.ChildTokens())
        {
            if (t.Kind == SyntaxKind.Ident)
            {
                list.Add(t);
            }
            else if (t.Kind != SyntaxKind.Dot)
            {
                break;
            }
        }
        return list;
    }

    public static Pattern? Cast(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.WildcardPattern => new WildcardPattern(node),
        SyntaxKind.IdentPattern => new IdentPattern(node),
        SyntaxKind.LiteralPattern => new LiteralPattern(node),
        SyntaxKind.TuplePattern => new TuplePattern(node),
        SyntaxKind.ListPattern => new ListPattern(node),
        SyntaxKind.ParenPattern => new ParenPattern(node),
        SyntaxKind.ConstructorPattern => new ConstructorPattern(node),
        SyntaxKind.OrPattern => new OrPattern(node),
        SyntaxKind.AsPattern => new AsPattern(node),
        SyntaxKind.ConsPattern => new ConsPattern(node),
        SyntaxKind.StructPattern => new StructPattern(node),
        _ => null,
    };
}

/// <summary><c>_</c>.</summary>
public sealed class WildcardPattern : Pattern
{
    public WildcardPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }
}

/// <summary>A binding: a lower-case name (or <c>self</c> as a parameter).</summary>
public sealed class IdentPattern : Pattern
{
    public IdentPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => Syntax.ChildTokens().FirstOrDefault();

    public string? Name => NameToken?.Text;
}

/// <summary>A literal: Int, Float (optionally negative), String, Bool, nil or atom.</summary>
public sealed class LiteralPattern : Pattern
{
    public LiteralPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>The literal (<see cref="IntLiteralExpr"/>, <see cref="FloatLiteralExpr"/>, <see cref="StringExpr"/>, …), without the sign.</summary>
    public Expr? Literal => First(Expr.Cast);

    public bool IsNegative => HasToken(SyntaxKind.Minus);

    /// <summary>The integer value with the sign applied, for integer patterns.</summary>
    public long? IntValue => Literal is IntLiteralExpr i && i.Value is { } v ? (IsNegative ? unchecked(-v) : v) : null;

    public double? FloatValue => Literal is FloatLiteralExpr f ? (IsNegative ? -f.Value : f.Value) : null;
}

/// <summary><c>(a, b)</c>, <c>()</c>, or <c>{k, v}</c> (map entries in <c>for</c>; <see cref="IsBraced"/>).</summary>
public sealed class TuplePattern : Pattern
{
    public TuplePattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Pattern> Elements => All(Pattern.Cast);

    public bool IsBraced => HasToken(SyntaxKind.LBrace);
}

/// <summary><c>[p, …]</c>: a list of exactly as many items.</summary>
public sealed class ListPattern : Pattern
{
    public ListPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Pattern> Elements => All(Pattern.Cast);
}

/// <summary><c>(p)</c>: grouping, e.g. <c>(a | b) as x</c>.</summary>
public sealed class ParenPattern : Pattern
{
    public ParenPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Inner => First(Pattern.Cast);
}

/// <summary>
/// A constructor: <c>Some(x)</c>, <c>Shape.Circle(r)</c>, or a bare upper-case name such as <c>None</c> or
/// <c>Red</c> (no arguments, <see cref="HasArgs"/> false). Upper-case first letter or a qualified name marks a constructor.
/// </summary>
public sealed class ConstructorPattern : Pattern
{
    public ConstructorPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<SyntaxToken> PathTokens => LeadingPath(Syntax);

    public IReadOnlyList<string> Path => PathTokens.Select(t => t.Text).ToList();

    /// <summary>The variant name (last segment).</summary>
    public SyntaxToken? NameToken => PathTokens.LastOrDefault();

    public string? Name => NameToken?.Text;

    /// <summary>The qualifier (<c>Shape</c> in <c>Shape.Circle</c>), or null.</summary>
    public string? Qualifier => Path.Count > 1 ? string.Join('.', Path.Take(Path.Count - 1)) : null;

    public bool HasArgs => HasToken(SyntaxKind.LParen);

    public IReadOnlyList<Pattern> Args => All(Pattern.Cast);
}

/// <summary><c>p1 | p2 | …</c>.</summary>
public sealed class OrPattern : Pattern
{
    public OrPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Pattern> Alternatives => All(Pattern.Cast);
}

/// <summary><c>pattern as name</c>.</summary>
public sealed class AsPattern : Pattern
{
    public AsPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Pattern => First(Ast.Pattern.Cast);

    /// <summary>The bound name (the identifier after <c>as</c>).</summary>
    public SyntaxToken? NameToken => Syntax.ChildTokens().Where(t => t.Kind == SyntaxKind.Ident).Skip(1).FirstOrDefault();

    public string? Name => NameToken?.Text;
}

/// <summary><c>head :: tail</c> (right-associative).</summary>
public sealed class ConsPattern : Pattern
{
    public ConsPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Head => Before(SyntaxKind.ColonColon, Pattern.Cast);

    public Pattern? Tail => After(SyntaxKind.ColonColon, Pattern.Cast);
}

/// <summary>
/// <c>Point { x: 0, y }</c>, <c>Geo.Point { x, .. }</c>, <c>Box&lt;Int&gt; { value: v }</c>: a struct's fields
/// matched by name. A field without a pattern binds a variable of its name; <c>..</c> ignores the fields not listed.
/// </summary>
public sealed class StructPattern : Pattern
{
    public StructPattern(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<SyntaxToken> PathTokens => LeadingPath(Syntax);

    /// <summary>The struct's name as written, dotted when qualified (<c>Geo.Point</c>).</summary>
    public string? TypeName => PathTokens.Count == 0 ? null : string.Join('.', PathTokens.Select(t => t.Text));

    public TextSpan TypeNameSpan => PathTokens.Count == 0 ? Span : TextSpan.FromBounds(PathTokens[0].Span.Start, PathTokens[^1].Span.End);

    /// <summary>Explicit type arguments (<c>Box&lt;Int&gt;</c>); empty when inferred.</summary>
    public IReadOnlyList<TypeRef> TypeArgs
        => Node(SyntaxKind.GenericArgList) is { } g ? g.ChildNodes().Select(TypeRef.Cast).OfType<TypeRef>().ToList() : [];

    public bool HasTypeArgs => Node(SyntaxKind.GenericArgList) is not null;

    public IReadOnlyList<StructPatternField> Fields => Nodes(SyntaxKind.StructPatternField).Select(n => new StructPatternField(n)).ToList();

    /// <summary>The <c>..</c> that ignores the remaining fields, if written.</summary>
    public SyntaxToken? RestToken => Syntax.ChildToken(SyntaxKind.DotDot);

    public bool HasRest => RestToken is not null;

    /// <summary>The closing brace (where a missing <c>..</c> would go).</summary>
    public SyntaxToken? CloseBrace => Syntax.ChildToken(SyntaxKind.RBrace);
}

/// <summary><c>name: pattern</c>, or just <c>name</c> (binds the field to a variable of that name).</summary>
public sealed class StructPatternField : AstNode
{
    public StructPatternField(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => Syntax.ChildTokens().FirstOrDefault();

    public string? Name => NameToken?.Text;

    /// <summary>The field's pattern; null for the shorthand <c>name</c>.</summary>
    public Pattern? Pattern => First(Ast.Pattern.Cast);

    public bool IsShorthand => !HasToken(SyntaxKind.Colon);
}
