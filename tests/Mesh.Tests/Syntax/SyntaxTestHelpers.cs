using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Tests.Syntax;

internal static class SyntaxTestHelpers
{
    /// <summary>Parses and checks the lossless invariant; the result may contain errors.</summary>
    public static SyntaxTree ParseAny(string text)
    {
        var tree = SyntaxTree.Parse(new SourceText("test.mpl", text));
        Assert.That(tree.Root.ToFullString(), Is.EqualTo(text), "round trip");
        CheckSpans(tree);
        return tree;
    }

    /// <summary>Parses and requires no diagnostics.</summary>
    public static SyntaxTree Parse(string text)
    {
        var tree = ParseAny(text);
        Assert.That(tree.Diagnostics.Select(d => d.ToString()), Is.Empty, () => tree.Dump());
        return tree;
    }

    public static IReadOnlyList<Item> Items(string text) => Parse(text).File.Items.ToList();

    public static T Item<T>(string text)
        where T : Item
    {
        var items = Items(text);
        Assert.That(items, Has.Count.EqualTo(1));
        return (T)items[0];
    }

    /// <summary>Parses <c>fn main() do EXPR end</c> and returns the tail expression.</summary>
    public static Expr Expr(string expr)
    {
        var fn = Item<FnDef>("fn main() do\n  " + expr + "\nend\n");
        var stmts = fn.Body!.Statements;
        Assert.That(stmts, Has.Count.EqualTo(1), () => SyntaxTree.Dump(fn.Syntax));
        return ((ExprStmt)stmts[0]).Expr;
    }

    public static T Expr<T>(string expr)
        where T : Expr
    {
        var e = Expr(expr);
        Assert.That(e, Is.InstanceOf<T>(), () => SyntaxTree.Dump(e.Syntax));
        return (T)e;
    }

    /// <summary>Children lie inside their parents, in order, without gaps.</summary>
    public static void CheckSpans(SyntaxTree tree)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(tree.Root);
        Assert.That(tree.Root.Span, Is.EqualTo(new TextSpan(0, tree.Source.Text.Length)));
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var offset = node.Position;
            foreach (var child in node.ChildrenWithTokens())
            {
                if (child.Position != offset)
                {
                    Assert.Fail($"child {child.Kind} of {node.Kind} at {child.Position}, expected {offset}");
                }
                offset += child.Width;
                if (child is SyntaxNode n)
                {
                    stack.Push(n);
                }
            }
            if (offset != node.End)
            {
                Assert.Fail($"children of {node.Kind} end at {offset}, node ends at {node.End}");
            }
        }
    }

    public static IReadOnlyList<DiagnosticCode> Codes(SyntaxTree tree) => tree.Diagnostics.Select(d => d.Code).ToList();

    public static int Line(SyntaxTree tree, Diagnostic d) => tree.Source.GetPosition(d.Span.Start).Line;
}
