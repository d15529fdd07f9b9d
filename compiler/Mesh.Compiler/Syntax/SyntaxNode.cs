using System.Text;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax;

/// <summary>A node or a token of the red tree: a green element placed at an offset under a parent.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement(SyntaxNode? parent, int position, int indexInParent)
    {
        Parent = parent;
        Position = position;
        IndexInParent = indexInParent;
    }

    public SyntaxNode? Parent { get; }

    /// <summary>Absolute offset of the first character (trivia inside the element included).</summary>
    public int Position { get; }

    public int IndexInParent { get; }

    public abstract SyntaxKind Kind { get; }

    public abstract int Width { get; }

    /// <summary>The covered range. Nodes built by the parser start and end at significant tokens.</summary>
    public TextSpan Span => new(Position, Width);

    public int End => Position + Width;

    public abstract GreenElement GreenElement { get; }

    /// <summary>The exact source text covered, trivia included.</summary>
    public abstract string ToFullString();

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            yield return p;
        }
    }
}

/// <summary>A token in the red tree.</summary>
public sealed class SyntaxToken : SyntaxElement
{
    internal SyntaxToken(GreenToken green, SyntaxNode? parent, int position, int indexInParent)
        : base(parent, position, indexInParent) => Green = green;

    public GreenToken Green { get; }

    public override GreenElement GreenElement => Green;

    public override SyntaxKind Kind => Green.Kind;

    public override int Width => Green.Width;

    public string Text => Green.Text;

    public bool IsTrivia => SyntaxFacts.IsTrivia(Kind) || Kind == SyntaxKind.Newline;

    public override string ToFullString() => Text;

    public override string ToString() => Text;
}

/// <summary>
/// A node of the red tree: a thin wrapper over a <see cref="GreenNode"/> that knows its parent and
/// absolute position. Children are created on first access and cached.
/// </summary>
public sealed class SyntaxNode : SyntaxElement
{
    private SyntaxElement[]? _children;

    internal SyntaxNode(GreenNode green, SyntaxNode? parent, int position, int indexInParent)
        : base(parent, position, indexInParent) => Green = green;

    public static SyntaxNode CreateRoot(GreenNode green) => new(green, null, 0, 0);

    public GreenNode Green { get; }

    public override GreenElement GreenElement => Green;

    public override SyntaxKind Kind => Green.Kind;

    public override int Width => Green.Width;

    /// <summary>Children in order, tokens (trivia included) and nodes.</summary>
    public IReadOnlyList<SyntaxElement> ChildrenWithTokens()
    {
        if (_children is { } cached)
        {
            return cached;
        }
        var arr = new SyntaxElement[Green.ChildCount];
        var offset = Position;
        for (var i = 0; i < arr.Length; i++)
        {
            var g = Green.GetChild(i);
            arr[i] = g switch
            {
                GreenNode n => new SyntaxNode(n, this, offset, i),
                GreenToken t => new SyntaxToken(t, this, offset, i),
                _ => throw new InvalidOperationException(),
            };
            offset += g.Width;
        }
        return Interlocked.CompareExchange(ref _children, arr, null) ?? arr;
    }

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var c in ChildrenWithTokens())
        {
            if (c is SyntaxNode n)
            {
                yield return n;
            }
        }
    }

    /// <summary>Child tokens that are not trivia (whitespace, comments, newlines).</summary>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (var c in ChildrenWithTokens())
        {
            if (c is SyntaxToken { IsTrivia: false } t)
            {
                yield return t;
            }
        }
    }

    public SyntaxNode? ChildNode(SyntaxKind kind)
    {
        foreach (var c in ChildrenWithTokens())
        {
            if (c is SyntaxNode n && n.Kind == kind)
            {
                return n;
            }
        }
        return null;
    }

    public SyntaxToken? ChildToken(SyntaxKind kind)
    {
        foreach (var c in ChildrenWithTokens())
        {
            if (c is SyntaxToken t && t.Kind == kind)
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>Pre-order traversal of all descendant elements, without recursion.</summary>
    public IEnumerable<SyntaxElement> DescendantsWithTokens()
    {
        var stack = new Stack<(SyntaxNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            var children = node.ChildrenWithTokens();
            if (index >= children.Count)
            {
                continue;
            }
            stack.Push((node, index + 1));
            var child = children[index];
            yield return child;
            if (child is SyntaxNode n)
            {
                stack.Push((n, 0));
            }
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodes() => DescendantsWithTokens().OfType<SyntaxNode>();

    public IEnumerable<SyntaxToken> DescendantTokens() => DescendantsWithTokens().OfType<SyntaxToken>();

    /// <summary>The first non-trivia token inside this node, if any.</summary>
    public SyntaxToken? FirstToken() => DescendantTokens().FirstOrDefault(t => !t.IsTrivia);

    public override string ToFullString()
    {
        var sb = new StringBuilder(Width);
        Green.WriteTo(sb);
        return sb.ToString();
    }

    /// <summary>Text without leading or trailing trivia.</summary>
    public string TextTrimmed()
    {
        var text = ToFullString();
        return text.Trim();
    }

    public override string ToString() => ToFullString();
}
