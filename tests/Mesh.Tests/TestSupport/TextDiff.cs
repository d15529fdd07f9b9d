using System.Text;

namespace Mesh.Tests.TestSupport;

/// <summary>Readable explanations of why two texts differ, for assertion messages.</summary>
public static class TextDiff
{
    public static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Describes the first differing line with a little context, or null when equal.</summary>
    public static string? Explain(string expected, string actual, int context = 3)
    {
        if (expected == actual)
        {
            return null;
        }
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }
        var sb = new StringBuilder();
        sb.Append($"first difference at line {i + 1} (expected {e.Length} lines, got {a.Length})\n");
        for (var k = Math.Max(0, i - context); k < i; k++)
        {
            sb.Append("    ").Append(Show(e[k])).Append('\n');
        }
        for (var k = i; k < Math.Min(e.Length, i + context); k++)
        {
            sb.Append("  - ").Append(Show(e[k])).Append('\n');
        }
        for (var k = i; k < Math.Min(a.Length, i + context); k++)
        {
            sb.Append("  + ").Append(Show(a[k])).Append('\n');
        }
        if (expected.EndsWith('\n') != actual.EndsWith('\n'))
        {
            sb.Append(expected.EndsWith('\n') ? "  (expected a final newline, got none)\n" : "  (got a final newline that was not expected)\n");
        }
        return sb.ToString();
    }

    private static string Show(string line) => line.Length == 0 ? "⏎ (empty)" : line.Replace("\t", "→", StringComparison.Ordinal);
}
