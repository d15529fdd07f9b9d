using System.Text;

namespace Mesh.Compiler.Syntax;

/// <summary>
/// An immutable, position-independent piece of the concrete syntax tree. Green elements know their kind
/// and width but not their parent or offset; <see cref="SyntaxNode"/> and <see cref="SyntaxToken"/> add those.
/// </summary>
public abstract class GreenElement
{
    protected GreenElement(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }

    /// <summary>Length of the covered text in UTF-16 code units, trivia included.</summary>
    public abstract int Width { get; }

    public abstract void WriteTo(StringBuilder sb);
}

/// <summary>A token with its exact source text (trivia tokens included).</summary>
public sealed class GreenToken : GreenElement
{
    public GreenToken(SyntaxKind kind, string text)
        : base(kind) => Text = text;

    public string Text { get; }

    public override int Width => Text.Length;

    public override void WriteTo(StringBuilder sb) => sb.Append(Text);

    public override string ToString() => $"{Kind} \"{Text}\"";
}

/// <summary>A node: a kind and an ordered list of child nodes and tokens.</summary>
public sealed class GreenNode : GreenElement
{
    private readonly GreenElement[] _children;

    public GreenNode(SyntaxKind kind, GreenElement[] children)
        : base(kind)
    {
        _children = children;
        var width = 0;
        foreach (var c in children)
        {
            width += c.Width;
        }
        Width = width;
    }

    public override int Width { get; }

    public IReadOnlyList<GreenElement> Children => _children;

    public int ChildCount => _children.Length;

    public GreenElement GetChild(int index) => _children[index];

    /// <summary>Writes all token texts in order, without recursion (trees can be very deep).</summary>
    public override void WriteTo(StringBuilder sb)
    {
        var stack = new Stack<(GreenNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            if (index >= node._children.Length)
            {
                continue;
            }
            stack.Push((node, index + 1));
            switch (node._children[index])
            {
                case GreenToken t:
                    sb.Append(t.Text);
                    break;
                case GreenNode n:
                    stack.Push((n, 0));
                    break;
            }
        }
    }

    public override string ToString() => $"{Kind} ({Width})";
}

/// <summary>
/// Builds green trees bottom-up in one pass (rowan style): tokens and finished nodes accumulate in a
/// list; <see cref="StartNodeAt"/> lets a node wrap children that were added before it was known.
/// </summary>
internal sealed class GreenBuilder
{
    private readonly List<GreenElement> _children = [];
    private readonly List<(SyntaxKind Kind, int First)> _parents = [];

    public int Depth => _parents.Count;

    public void StartNode(SyntaxKind kind) => _parents.Add((kind, _children.Count));

    /// <summary>A position in the current node that a later <see cref="StartNodeAt"/> can wrap from.</summary>
    public int Checkpoint() => _children.Count;

    public void StartNodeAt(int checkpoint, SyntaxKind kind)
    {
        var first = _parents.Count > 0 ? _parents[^1].First : 0;
        if (checkpoint < first || checkpoint > _children.Count)
        {
            throw new InvalidOperationException("checkpoint no longer valid");
        }
        _parents.Add((kind, checkpoint));
    }

    public void Token(SyntaxKind kind, string text) => _children.Add(new GreenToken(kind, text));

    public void FinishNode()
    {
        var (kind, first) = _parents[^1];
        _parents.RemoveAt(_parents.Count - 1);
        var count = _children.Count - first;
        var arr = new GreenElement[count];
        _children.CopyTo(first, arr, 0, count);
        _children.RemoveRange(first, count);
        _children.Add(new GreenNode(kind, arr));
    }

    /// <summary>Finishes any nodes still open and returns the single root.</summary>
    public GreenNode Finish()
    {
        while (_parents.Count > 0)
        {
            FinishNode();
        }
        if (_children.Count == 1 && _children[0] is GreenNode root)
        {
            return root;
        }
        throw new InvalidOperationException("builder must produce exactly one root node");
    }
}
