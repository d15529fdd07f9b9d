using System.Text;
using System.Text.Json;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Diagnostics;

/// <summary>The one place where diagnostics become text: human-readable with snippets, or JSON lines.</summary>
public static class DiagnosticRenderer
{
    /// <summary>
    /// Renders in the style users know from rustc and Gleam:
    /// <code>
    /// error[E0001]: expected String, found Int
    ///   --> main.mpl:3:11
    ///    |
    ///  3 |   println(42)
    ///    |           ^^ this is an Int
    ///    = hint: ...
    /// </code>
    /// </summary>
    public static string Render(Diagnostic diagnostic)
    {
        var sb = new StringBuilder();
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        sb.Append(kind).Append('[').Append(diagnostic.Code.ToCodeString()).Append("]: ").Append(diagnostic.Message).Append('\n');
        if (diagnostic.Source is { } source)
        {
            var pos = source.GetPosition(diagnostic.Span.Start);
            var gutter = Math.Max(pos.Line, MaxLine(diagnostic)).ToString().Length;
            var pad = new string(' ', gutter);
            sb.Append(pad).Append("--> ").Append(source.Path).Append(':').Append(pos.Line).Append(':').Append(pos.Column).Append('\n');
            sb.Append(pad).Append(" |\n");
            // The primary span and the labels in its file, in line order (a "block opened here" above
            // the error reads top to bottom); labels in other files follow, each under its own path.
            var sameFile = diagnostic.SecondaryLabels.Where(l => l.Source == source)
                .Select(l => (Span: l.Span, Label: (string?)l.Message, Marker: '-'))
                .Prepend((Span: diagnostic.Span, Label: diagnostic.Label, Marker: '^'))
                .OrderBy(l => source.GetPosition(l.Span.Start).Line)
                .ToList();
            var previousLine = 0;
            foreach (var (span, label, marker) in sameFile)
            {
                var line = source.GetPosition(span.Start).Line;
                if (previousLine > 0 && line > previousLine + 1)
                {
                    sb.Append("...\n");
                }
                // A label on a line already shown goes under it instead of repeating the line.
                AppendSnippet(sb, source, span, label, gutter, marker, showLine: line != previousLine);
                previousLine = line;
            }
            foreach (var secondary in diagnostic.SecondaryLabels.Where(l => l.Source != source))
            {
                var p = secondary.Source.GetPosition(secondary.Span.Start);
                sb.Append(pad).Append("::: ").Append(secondary.Source.Path).Append(':').Append(p.Line).Append(':').Append(p.Column).Append('\n');
                AppendSnippet(sb, secondary.Source, secondary.Span, secondary.Message, gutter, '-');
            }
            if (diagnostic.Hint is { } hint)
            {
                sb.Append(pad).Append(" = hint: ").Append(hint).Append('\n');
            }
        }
        else if (diagnostic.Hint is { } hint)
        {
            sb.Append("  = hint: ").Append(hint).Append('\n');
        }
        return sb.ToString();
    }

    public static string RenderAll(IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        foreach (var d in diagnostics)
        {
            sb.Append(Render(d)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>One JSON object per diagnostic, one per line (the <c>--json</c> format).</summary>
    public static string RenderJson(Diagnostic diagnostic)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping keeps quotes and non-ASCII readable; the output is still valid JSON.
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("code", diagnostic.Code.ToCodeString());
            w.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
            w.WriteString("message", diagnostic.Message);
            if (diagnostic.Source is { } source)
            {
                var start = source.GetPosition(diagnostic.Span.Start);
                w.WriteString("file", source.Path);
                w.WriteNumber("line", start.Line);
                w.WriteNumber("column", start.Column);
                w.WriteStartArray("spans");
                WriteSpan(w, source, diagnostic.Span, diagnostic.Label, primary: true);
                foreach (var s in diagnostic.SecondaryLabels)
                {
                    WriteSpan(w, s.Source, s.Span, s.Message, primary: false);
                }
                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("file");
            }
            if (diagnostic.Hint is { } hint)
            {
                w.WriteString("hint", hint);
            }
            else
            {
                w.WriteNull("hint");
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSpan(Utf8JsonWriter w, SourceText source, TextSpan span, string? label, bool primary)
    {
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(span.End);
        w.WriteStartObject();
        w.WriteString("file", source.Path);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteNumber("line", start.Line);
        w.WriteNumber("column", start.Column);
        w.WriteNumber("end_line", end.Line);
        w.WriteNumber("end_column", end.Column);
        w.WriteBoolean("primary", primary);
        if (label is null)
        {
            w.WriteNull("label");
        }
        else
        {
            w.WriteString("label", label);
        }
        w.WriteEndObject();
    }

    private static int MaxLine(Diagnostic d)
    {
        var max = 0;
        if (d.Source is { } s)
        {
            max = s.GetPosition(d.Span.End).Line;
        }
        foreach (var l in d.SecondaryLabels)
        {
            max = Math.Max(max, l.Source.GetPosition(l.Span.End).Line);
        }
        return max;
    }

    private static void AppendSnippet(StringBuilder sb, SourceText source, TextSpan span, string? label, int gutter, char marker, bool showLine = true)
    {
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(Math.Max(span.Start, span.End - 1));
        var pad = new string(' ', gutter);
        // Multi-line spans show their first line, underlined to its end, to keep output short.
        var line = start.Line;
        var text = source.GetLineText(line).Replace('\t', ' ');
        if (showLine)
        {
            sb.Append(line.ToString().PadLeft(gutter)).Append(" | ").Append(text).Append('\n');
        }
        var caretStart = start.Column - 1;
        var caretEnd = end.Line == start.Line ? end.Column : text.Length;
        var width = Math.Max(1, caretEnd - caretStart);
        sb.Append(pad).Append(" | ").Append(' ', Math.Min(caretStart, text.Length)).Append(marker, width);
        if (!string.IsNullOrEmpty(label))
        {
            sb.Append(' ').Append(label);
        }
        sb.Append('\n');
    }
}
