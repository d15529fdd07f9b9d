using System.Collections.Immutable;
using System.Text;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax;

/// <summary>A parsed source file: the lossless tree, its typed view and the lexer/parser diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText source, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        File = new SourceFile(root);
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    /// <summary>The root node; <c>Root.ToFullString()</c> is always exactly the source text.</summary>
    public SyntaxNode Root { get; }

    public SourceFile File { get; }

    /// <summary>Lexical and syntax errors, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Lexes and parses. Never throws on any input.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var green = Parser.Parse(source, diagnostics);
        var ordered = diagnostics.ToImmutable().Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new SyntaxTree(source, SyntaxNode.CreateRoot(green), WithoutStringFollowOns(source, ordered));
    }

    /// <summary>
    /// An unterminated string swallows the rest of its line, so what the parser then misses on that line
    /// (the `)` inside `println("hi)`) is the same mistake: only the string is reported.
    /// </summary>
    private static ImmutableArray<Diagnostic> WithoutStringFollowOns(SourceText source, ImmutableArray<Diagnostic> diagnostics)
    {
        var strings = diagnostics.Where(d => d.Code is DiagnosticCode.UnterminatedString or DiagnosticCode.UnterminatedInterpolation).ToList();
        if (strings.Count == 0)
        {
            return diagnostics;
        }
        int Line(TextSpan span) => source.GetPosition(span.Start).Line;
        // A bracket opened on the string's line and never closed was most likely closed inside the string.
        bool FollowsString(Diagnostic d) => (int)d.Code is >= 200 and < 300 && strings.Any(s =>
            d.Span.Start >= s.Span.Start && (Line(d.Span) == Line(s.Span)
                || d.Code == DiagnosticCode.UnclosedDelimiter && d.SecondaryLabels.Any(l => Line(l.Span) == Line(s.Span))));
        // `"a ${1 + ")`: the quote meant to end the string opens one inside the interpolation.
        bool FollowsInterpolation(Diagnostic d) => d.Code == DiagnosticCode.UnterminatedString && strings.Any(s =>
            s.Code == DiagnosticCode.UnterminatedInterpolation && s.Span.Start < d.Span.Start && Line(s.Span) == Line(d.Span));
        return [.. diagnostics.Where(d => !FollowsString(d) && !FollowsInterpolation(d))];
    }

    public static SyntaxTree Parse(string text, string path = "<input>") => Parse(new SourceText(path, text));

    /// <summary>
    /// An indented debug dump: one line per node (<c>Kind@start..end</c>) and per non-trivia token
    /// (<c>Kind@start..end "text"</c>). Trivia is omitted unless <paramref name="includeTrivia"/> is set.
    /// </summary>
    public string Dump(bool includeTrivia = false) => Dump(Root, includeTrivia);

    public static string Dump(SyntaxNode node, bool includeTrivia = false)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(SyntaxElement Element, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            switch (element)
            {
                case SyntaxToken t:
                    if (!includeTrivia && t.IsTrivia)
                    {
                        continue;
                    }
                    if (t.Kind == SyntaxKind.EndOfFile)
                    {
                        continue;
                    }
                    Indent(sb, depth).Append(t.Kind).Append('@').Append(t.Span).Append(' ').Append('"').Append(Escape(t.Text)).Append("\"\n");
                    break;
                case SyntaxNode n:
                    Indent(sb, depth).Append(n.Kind).Append('@').Append(n.Span).Append('\n');
                    var children = n.ChildrenWithTokens();
                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        stack.Push((children[i], depth + 1));
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Indents two spaces per level, capped so that pathological depths stay linear in size.</summary>
    private static StringBuilder Indent(StringBuilder sb, int depth)
        => depth <= 64 ? sb.Append(' ', depth * 2) : sb.Append(' ', 128).Append('[').Append(depth).Append("] ");

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\"", "\\\"");
}
